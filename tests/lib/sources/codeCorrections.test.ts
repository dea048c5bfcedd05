import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCodeCorrection, parseCodeCorrections } from '~/lib/sources/codeCorrections';

const FILE = 'data/reference/code-corrections.csv';
const parsed = parseCodeCorrections(readFileSync(FILE, 'utf8'), FILE);
const OLD = 'SEND_Tribunals_and_appeal_rate_2014-2024.csv';
const NEW = 'SEND_appealable_decisions_rate_2024-2025.csv';
const HEADER = 'file,la_name,published_code,correct_code,reason,uncertain_periods';

describe('parseCodeCorrections(text, file)', () => {
	it('reads the nine corrections with no problems', () => {
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows.map((c) => [c.file, c.laName, c.publishedCode, c.correctCode])).toEqual([
			[OLD, 'Nottingham', '891', '892'],
			[OLD, 'Nottinghamshire', '928', '891'],
			[OLD, 'Northamptonshire', '892', '928'],
			[OLD, 'Central Bedfordshire', '873', '823'],
			[OLD, 'Cambridgeshire', '823', '873'],
			[OLD, 'Bournemouth', '', '837'],
			[OLD, 'Poole', '', '836'],
			[NEW, 'Central Bedfordshire', '873', '823'],
			[NEW, 'Cambridgeshire', '823', '873'],
		]);
		expect(parsed.rows.every((c) => c.reason.length > 40)).toBe(true);
	});

	it('marks 2024 uncertain for the swapped Central Bedfordshire and Cambridgeshire rows only', () => {
		expect(
			parsed.rows.filter((c) => c.uncertainPeriods.length).map((c) => [c.file, c.laName, c.uncertainPeriods]),
		).toEqual([
			[OLD, 'Central Bedfordshire', ['2024']],
			[OLD, 'Cambridgeshire', ['2024']],
			[NEW, 'Central Bedfordshire', ['2024']],
			[NEW, 'Cambridgeshire', ['2024']],
		]);
	});

	it('reports uncertain periods that are not years', () => {
		const result = parseCodeCorrections(`${HEADER}\n${OLD},Derby,813,831,typo,2024-25\n`, 'c.csv');
		expect(result.problems).toEqual([
			{
				file: 'c.csv',
				line: 2,
				column: 6,
				message: 'uncertain_periods: expected blank or four-digit years separated by spaces, e.g. 2024 (got "2024-25")',
			},
		]);
	});

	it.each([
		// [what, data line, line, column, message]
		[
			'a correct code that is not three digits',
			`${OLD},Derby,813,83,typo,`,
			2,
			4,
			'correct_code: expected a three-digit DfE LA code such as 831 (got "83")',
		],
		['an empty reason', `${OLD},Derby,813,831,,`, 2, 5, 'reason: this cell is required but is empty (got "")'],
		['an empty council name', `${OLD},,813,831,typo,`, 2, 2, 'la_name: this cell is required but is empty (got "")'],
		[
			'a printed code that is not a code',
			`${OLD},Derby,abc,831,typo,`,
			2,
			3,
			'published_code: expected the three-digit code as printed, or blank when none was printed (got "abc")',
		],
		[
			'a correction that changes nothing',
			`${OLD},Derby,831,831,no-op,`,
			2,
			4,
			'correct_code: a correction must change the code (got "831")',
		],
	])('reports %s at its line and column', (_what, line, lineNo, column, message) => {
		const result = parseCodeCorrections(`${HEADER}\n${line}\n`, 'c.csv');
		expect(result.problems).toEqual([{ file: 'c.csv', line: lineNo, column, message }]);
		expect(result.rows).toEqual([]);
	});

	it('reports a duplicate correction on its second line', () => {
		const result = parseCodeCorrections(`${HEADER}\n${OLD},Derby,813,831,a,\n${OLD},Derby,813,831,b,\n`, 'c.csv');
		expect(result.problems).toEqual([
			{
				file: 'c.csv',
				line: 3,
				column: 0,
				message: `duplicate correction: Derby in ${OLD} is already corrected on line 2 (got "813")`,
			},
		]);
		expect(result.rows).toHaveLength(1);
	});

	it('reports a missing column at the header', () => {
		const result = parseCodeCorrections('file,la_name,published_code,reason,uncertain_periods\n', 'c.csv');
		expect(result.problems).toEqual([
			{
				file: 'c.csv',
				line: 1,
				column: 0,
				message:
					'missing column "correct_code" (header has 5 columns: file, la_name, published_code, reason, uncertain_periods)',
			},
		]);
	});
});

describe('applyCodeCorrection(corrections, fileName, laName, publishedCode)', () => {
	const c = parsed.rows;
	it('corrects when file, name and printed code all match (a repo path or a bare file name)', () => {
		expect(applyCodeCorrection(c, `data/raw/moj-send-appeal-rate/${OLD}`, 'Nottingham', '891')).toMatchObject({
			code: '892',
			corrected: true,
		});
		expect(applyCodeCorrection(c, NEW, 'Cambridgeshire', '823')).toMatchObject({ code: '873', corrected: true });
		expect(applyCodeCorrection(c, OLD, 'Poole', '')).toMatchObject({ code: '836', corrected: true });
	});

	it.each([
		// A republished file with the code fixed prints 892: nothing to correct.
		['the code is already right', OLD, 'Nottingham', '892'],
		// The 2024–2025 file prints Nottingham correctly; its correction is for the other file only.
		['another file', NEW, 'Nottingham', '892'],
		['another council with the same printed code', OLD, 'Nottinghamshire', '891'],
		['a differently spelt name', OLD, 'Nottingham City', '891'],
	])('leaves the code as printed for %s', (_what, file, name, code) => {
		expect(applyCodeCorrection(c, file, name, code)).toEqual({ code, corrected: false });
	});
});
