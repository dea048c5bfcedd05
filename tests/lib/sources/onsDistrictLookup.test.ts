import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOnsDistrictLookup } from '~/lib/sources/onsDistrictLookup';

const FILE = 'data/raw/ons-lad-ctyua-2025/lad_to_county_and_unitary_april_2025.csv';
const TEXT = readFileSync(FILE, 'utf8');
const LINES = TEXT.split('\n');

describe('parseOnsDistrictLookup(text, file) on the real file', () => {
	const parsed = parseOnsDistrictLookup(TEXT, FILE);

	it('reads all 361 UK districts (296 in England) with no problems', () => {
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows).toHaveLength(361);
		expect(parsed.rows.filter((r) => r.districtCode.startsWith('E'))).toHaveLength(296);
	});

	it('Chesterfield (E07000034) is in Derbyshire (E10000007), as the .source.txt says', () => {
		const row = parsed.rows.find((r) => r.districtName === 'Chesterfield');
		expect(row).toMatchObject({ districtCode: 'E07000034', upperTierCode: 'E10000007', upperTierName: 'Derbyshire' });
		expect(LINES[(row?.line ?? 0) - 1]).toContain('E07000034,Chesterfield');
	});

	it('keeps a quoted name with a comma whole: "Kingston upon Hull, City of"', () => {
		expect(parsed.rows.find((r) => r.districtCode === 'E06000010')?.districtName).toBe('Kingston upon Hull, City of');
	});
});

describe('parseOnsDistrictLookup(text, file) on bad input', () => {
	const header = LINES[0];
	it('reports a bad code with file:line:column and the cell', () => {
		const { problems } = parseOnsDistrictLookup(
			`${header}\nX07000034,Chesterfield,,E10000007,Derbyshire,,1\n`,
			'f.csv',
		);
		expect(problems).toEqual([
			{
				file: 'f.csv',
				line: 2,
				column: 1,
				message: 'LAD25CD: expected a GSS code such as E07000034 (got "X07000034")',
			},
		]);
	});

	it('reports a district listed twice, naming the first line', () => {
		const row = 'E07000034,Chesterfield,,E10000007,Derbyshire,,1';
		const { problems } = parseOnsDistrictLookup(`${header}\n${row}\n${row}\n`, 'f.csv');
		expect(problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
			'3:1: duplicate row: "E07000034" already appears on line 2',
		]);
	});

	it('reports a short row instead of reading blanks', () => {
		const { problems } = parseOnsDistrictLookup(`${header}\nE07000034,Chesterfield,,E10000007\n`, 'f.csv');
		expect(problems.some((p) => p.line === 2 && p.message.startsWith('expected 7 cells'))).toBe(true);
	});
});
