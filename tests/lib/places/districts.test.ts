import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOnsDistrictLookup } from '~/lib/sources/onsDistrictLookup';
import { parseOnsCodeChanges } from '~/lib/sources/onsCodeChanges';
import { councilByOnsCode } from '~/lib/places/councilByOnsCode';
import { districts } from '~/lib/places/districts';
import type { Council } from '~/lib/model/council';

const read = (f: string) => readFileSync(f, 'utf8');
const FILE = 'data/raw/ons-lad-ctyua-2025/lad_to_county_and_unitary_april_2025.csv';
const councils: Council[] = read('data/derived/councils.csv')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => {
		// councils.csv quotes names with commas; only code, dfe code and name are needed here.
		const [onsCode = '', dfeCode = ''] = line.split(',');
		return {
			onsCode,
			dfeCode,
			name: onsCode,
			slug: onsCode,
			type: 'Unitary authority',
			regionCode: '',
			regionName: '',
		};
	});
const changes = parseOnsCodeChanges(read('data/reference/ons-code-changes.csv'), 'ons-code-changes.csv');
const councilFor = councilByOnsCode(councils, changes.rows);
const rows = parseOnsDistrictLookup(read(FILE), FILE).rows;

describe('districts(rows, councils, councilFor, file) on the real lookup', () => {
	const result = districts(rows, councils, councilFor, FILE);

	it('joins every English row: 164 districts inside counties, 65 outside England set aside, no problems', () => {
		expect(changes.problems).toEqual([]);
		expect(result.problems).toEqual([]);
		expect(result.districts).toHaveLength(164);
		expect(result.used).toBe(296);
		expect(Object.values(result.setAside)).toEqual([65]);
	});

	it('Chesterfield points to Derbyshire (E10000007)', () => {
		expect(result.districts.find((d) => d.name === 'Chesterfield')?.councilOnsCode).toBe('E10000007');
	});

	it('lists no former North Yorkshire district (Harrogate, Selby): the county became one unitary council in 2023', () => {
		expect(result.districts.some((d) => d.name === 'Harrogate' || d.name === 'Selby')).toBe(false);
	});

	it('joins the five recoded councils through ons-code-changes.csv (E08000038 Barnsley → E08000016)', () => {
		expect(councilFor('E08000038')?.onsCode).toBe('E08000016');
		expect(councilFor('E06000060')?.onsCode).toBe('E10000002');
	});
});

describe('districts() when a code change is missing from data/reference', () => {
	it('names the row and tells the reader where to add the change', () => {
		const noChanges = councilByOnsCode(councils, []);
		const result = districts(rows, councils, noChanges, FILE);
		const barnsley = result.problems.find((p) => p.message.includes('E08000038'));
		expect(barnsley?.column).toBe(4);
		expect(barnsley?.message).toContain('data/reference/ons-code-changes.csv');
		// And each council left out of the lookup is named once.
		expect(result.problems.filter((p) => p.line === 0)).toHaveLength(5);
	});
});
