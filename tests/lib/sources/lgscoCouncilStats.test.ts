import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseLgscoCouncilStats, type LgscoCouncilStatsRow } from '~/lib/sources/lgscoCouncilStats';

const FILE = 'data/raw/lgsco/lgsco_council_statistics_seen.csv';
const TEXT = readFileSync(FILE, 'utf8');
const parsed = parseLgscoCouncilStats(TEXT, FILE);
const [HEADER, Y2023] = TEXT.split('\n') as [string, string];
const pub = (value: number) => ({ status: 'published' as const, value });
const unavailable = { status: 'unavailable', value: null };

/** The header and the real 2023-24 line with one cell (0-based) replaced. */
const withCell = (index: number, value: string) => {
	const fields = Papa.parse<string[]>(Y2023, { delimiter: ',' }).data[0]!;
	fields[index] = value;
	return `${HEADER}\n${Papa.unparse([fields])}\n`;
};

describe('parseLgscoCouncilStats(text, file) on the real file', () => {
	it('reads both lines with no problems', () => {
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows.map((r) => r.line)).toEqual([2, 3]);
	});

	it('Derbyshire 2023-24: 47 of 55 investigations upheld, 85% (similar councils 85%)', () => {
		expect(parsed.rows[0]).toMatchObject({
			council: 'Derbyshire County Council',
			dfeCode: '830',
			period: { kind: 'financial', startYear: 2023 },
			periodStart: '2023-04-01',
			periodEnd: '2024-03-31',
			scope: 'all service areas (not SEND-only)',
			investigated: pub(55),
			upheld: pub(47),
			upheldPct: pub(85),
			similarAuthoritiesAvgUpheldPct: pub(85),
			upheldPer100kResidents: pub(5.8),
			compliancePct: pub(100),
			complianceOutcomes: pub(41),
			satisfactoryRemedyPctOfUpheld: pub(6),
			satisfactoryRemedies: pub(3),
		} satisfies Partial<LgscoCouncilStatsRow>);
	});

	it('keeps blank (not seen) apart from zero', () => {
		// 2023-24: complaints dealt with, not for us, assessed and closed were not on the page seen.
		expect(parsed.rows[0]?.complaintsDealtWith).toEqual(unavailable);
		// 2024-25: the excerpt stopped after the per-100k figure, so compliance and remedies are unseen.
		const y2024 = parsed.rows[1]!;
		expect(y2024).toMatchObject({
			period: { kind: 'financial', startYear: 2024 },
			complaintsDealtWith: pub(197),
			notForUs: pub(80),
			assessedAndClosed: pub(58),
			investigated: pub(59),
			upheld: pub(55),
			upheldPct: pub(93),
			similarAuthoritiesAvgUpheldPct: pub(89),
		});
		expect(y2024.similarAuthoritiesAvgUpheldPer100k).toEqual(unavailable);
		expect(y2024.compliancePct).toEqual(unavailable);
		expect(y2024.satisfactoryRemedies).toEqual(unavailable);
	});
});

describe('parseLgscoCouncilStats(text, file) on bad input', () => {
	it.each([
		// [what, 0-based cell, new text, column, message]
		[
			'an impossible date',
			2,
			'2023-02-30',
			3,
			'period_start: expected a real date written YYYY-MM-DD (got "2023-02-30")',
		],
		[
			'a period that is not a financial year',
			2,
			'2023-01-01',
			3,
			'period_start: a financial year starts on 1 April (got "2023-01-01")',
		],
		[
			'an end that is not start + 1 year − 1 day',
			3,
			'2024-03-30',
			4,
			'period_end: expected 2024-03-31, one year after period_start less a day (got "2024-03-30")',
		],
		['a non-number', 9, 'abc', 10, 'upheld: expected a whole number, or blank when not seen (got "abc")'],
		['a negative count', 8, '-55', 9, 'investigated: a count cannot be negative (got "-55")'],
		['a percentage over 100', 10, '185', 11, 'upheld_pct: a percentage cannot be over 100 (got "185")'],
		[
			'a percentage that does not recompute',
			10,
			'80',
			11,
			'upheld_pct: 47 of 55 is 85.5%, which does not round to 80% (got "80")',
		],
		['more upheld than investigated', 9, '56', 10, 'upheld: more complaints upheld than investigated (55) (got "56")'],
		['an empty council', 0, '', 1, 'council: this cell is required but is empty (got "")'],
		['a bad LA code', 1, '8300', 2, 'old_la_code: expected a three-digit DfE LA code such as 831 (got "8300")'],
	])('reports %s at line 2 and its column', (_what, index, value, column, message) => {
		const result = parseLgscoCouncilStats(withCell(index, value), 'l.csv');
		// A changed start also moves the expected end, and a changed upheld count every share of it,
		// so some cases bring a second problem on the same line.
		expect(result.problems).toContainEqual({ file: 'l.csv', line: 2, column, message });
		expect(result.problems.every((p) => p.line === 2)).toBe(true);
		expect(result.rows).toEqual([]);
	});

	it('checks complaints dealt with = not for us + assessed and closed + investigated', () => {
		const fields = Papa.parse<string[]>(TEXT.split('\n')[2]!, { delimiter: ',' }).data[0]!;
		fields[5] = '198';
		const result = parseLgscoCouncilStats(`${HEADER}\n${Papa.unparse([fields])}\n`, 'l.csv');
		expect(result.problems).toEqual([
			{
				file: 'l.csv',
				line: 2,
				column: 6,
				message: 'complaints_dealt_with: not for us + assessed and closed + investigated = 197, not 198 (got "198")',
			},
		]);
	});

	it('reports a line that lost a cell (it would otherwise read as blanks)', () => {
		const result = parseLgscoCouncilStats(`${HEADER}\n${Y2023.replace(',55,47,', ',55,')}\n`, 'l.csv');
		expect(result.problems).toEqual([
			{
				file: 'l.csv',
				line: 2,
				column: 0,
				message: 'expected 22 cells, got 21',
			},
		]);
	});

	it('reports a missing column at the header', () => {
		const result = parseLgscoCouncilStats(TEXT.replace('upheld,upheld_pct', 'upheld_pct'), 'l.csv');
		// Every data line then has one cell more than the header, which readCsv reports line by line.
		expect(result.problems.filter((p) => p.line === 1)).toEqual([
			{
				file: 'l.csv',
				line: 1,
				column: 0,
				message:
					'missing column "upheld" (header has 21 columns: council, old_la_code, period_start, period_end, scope, complaints_dealt_with, …)',
			},
		]);
	});

	it('reports the same council and year twice', () => {
		const result = parseLgscoCouncilStats(`${HEADER}\n${Y2023}\n${Y2023}\n`, 'l.csv');
		expect(result.problems).toEqual([
			{
				file: 'l.csv',
				line: 3,
				column: 0,
				message:
					'duplicate row: Derbyshire County Council 2023-04-01 is already on line 2 (got "Derbyshire County Council")',
			},
		]);
	});
});
