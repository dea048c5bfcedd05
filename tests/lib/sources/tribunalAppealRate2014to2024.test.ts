import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsv } from '~/lib/csv/readCsv';
import { parseCodeCorrections } from '~/lib/sources/codeCorrections';
import { type AppealRateRow } from '~/lib/sources/mojAppealRateTable';
import { parseTribunalAppealRate2014to2024 } from '~/lib/sources/tribunalAppealRate2014to2024';

const FILE = 'data/raw/moj-send-appeal-rate/SEND_Tribunals_and_appeal_rate_2014-2024.csv';
const TEXT = readFileSync(FILE, 'utf8');
const CORRECTIONS = parseCodeCorrections(
	readFileSync('data/reference/code-corrections.csv', 'utf8'),
	'data/reference/code-corrections.csv',
).rows;
const parsed = parseTribunalAppealRate2014to2024(TEXT, FILE, CORRECTIONS);

const row = (dfeCode: string | null, year: number, method: 'old' | 'new' = 'old', name?: string): AppealRateRow => {
	const found = parsed.rows.filter(
		(r) => r.dfeCode === dfeCode && r.year === year && r.method === method && (name === undefined || r.laName === name),
	);
	expect(found).toHaveLength(1);
	return found[0]!;
};
const pub = (value: number) => ({ status: 'published', value });

// The file's physical lines (CRLF), for building small bad inputs from real lines.
const LINES = TEXT.split(/\r?\n/);
const HEADER = LINES.slice(0, 5); // title, two blank lines, years row (line 4), names row (line 5)
const EAST_MIDLANDS = LINES[60]!; // line 61
const DERBY = LINES[61]!; // line 62
const DERBYSHIRE = LINES[62]!; // line 63
/** A five-line header, "EAST MIDLANDS" on line 6, then the given lines from line 7. */
const mini = (...body: string[]) => [...HEADER, EAST_MIDLANDS, ...body].join('\r\n') + '\r\n';
/** A CSV line with one cell (0-based) replaced. */
const withCell = (line: string, index: number, value: string) => {
	const fields = Papa.parse<string[]>(line, { delimiter: ',' }).data[0]!;
	fields[index] = value;
	return Papa.unparse([fields]);
};
const withoutCell = (line: string, index: number) => {
	const fields = Papa.parse<string[]>(line, { delimiter: ',' }).data[0]!;
	fields.splice(index, 1);
	return Papa.unparse([fields]);
};

describe('parseTribunalAppealRate2014to2024(text, file, corrections) on the real file', () => {
	it('reads every line with no problems', () => {
		expect(parsed.problems).toEqual([]);
	});

	it('accounts for every line: 157 councils, 11 region headings, notes, one unread total', () => {
		// Counted by hand: title (line 1), blank lines 2, 3 and 176, header lines 4–5, region headings
		// NORTH EAST … SOUTH WEST, England Total (174), "England total excluding suppressed" (175),
		// Sources (177–178), Notes: (179), notes 1–9 (180–193; note 1 runs over lines 180–185), and
		// the legend ".." and "~" (194–195): 195 lines, 190 CSV records.
		expect(parsed.counts).toEqual({
			titles: 1,
			headerRows: 2,
			blank: 3,
			regionHeadings: 11,
			laRows: 157,
			englandRows: 1,
			footnotes: 14,
			unreadTotals: 1,
			unrecognised: 0,
		});
		const records = readCsv(TEXT, FILE).records.length + 1; // + the first record, taken as a header
		expect(Object.values(parsed.counts).reduce((a: number, b: number) => a + b, 0)).toBe(records);
		// 11 old-method years + the 2024 new-method columns, for each council and England.
		expect(parsed.rows).toHaveLength((157 + 1) * 12);
	});

	it('reads the years from the header: 2014–2024 old method, 2024 new method', () => {
		const years = (method: string) => [...new Set(parsed.rows.filter((r) => r.method === method).map((r) => r.year))];
		expect(years('old')).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
		expect(years('new')).toEqual([2024]);
	});

	it('Derbyshire (830): appeals registered 217 (2022), 267 (2023), 536 (2024), line 63', () => {
		expect(row('830', 2022).appealsRegistered).toEqual(pub(217));
		expect(row('830', 2023).appealsRegistered).toEqual(pub(267));
		const y2024 = row('830', 2024);
		expect(y2024).toMatchObject({
			line: 63,
			laName: 'Derbyshire',
			area: 'council',
			appealsRegistered: pub(536),
			appealableDecisions: pub(8617),
			appealRate: pub(6.2),
		});
		// The "In development" columns: the same 536 appeals over 3,810 new-method decisions, 14.10%.
		expect(row('830', 2024, 'new')).toMatchObject({
			appealsRegistered: pub(536),
			appealableDecisions: pub(3810),
			appealRate: pub(14.1),
		});
	});

	it('Derby (831) 2014: 46 appeals, "1,133" decisions, "4.10%" → 4.1', () => {
		expect(row('831', 2014)).toMatchObject({
			line: 62,
			appealsRegistered: pub(46),
			appealableDecisions: pub(1133),
			appealRate: pub(4.1),
			codeCorrection: null,
		});
	});

	it('reads " - " as a published zero (Darlington 2014, line 7)', () => {
		expect(row('841', 2014)).toMatchObject({
			appealsRegistered: pub(0),
			appealableDecisions: pub(450),
			appealRate: pub(0),
		});
	});

	it('reads the England Total row (line 174) as area england with its footnotes', () => {
		expect(row(null, 2024)).toMatchObject({
			laName: 'England Total',
			area: 'england',
			footnotes: [4, 9],
			appealsRegistered: pub(22276),
			appealableDecisions: pub(689739),
			appealRate: pub(3.2),
		});
		expect(row(null, 2024, 'new')).toMatchObject({
			appealsRegistered: pub(22276),
			appealableDecisions: pub(364912),
			appealRate: pub(6.1),
		});
		expect(row(null, 2014)).toMatchObject({
			appealsRegistered: pub(4108),
			appealableDecisions: pub(251096),
			appealRate: pub(1.6),
		});
	});

	it('does not read "England total excluding suppressed" (its figures disagree), but counts it', () => {
		expect(parsed.rows.some((r) => r.line === 175)).toBe(false);
		expect(parsed.counts.unreadTotals).toBe(1);
	});

	it.each([
		// name, printed code, correct code (DfE timeliness_20_week.csv / sen2_mi.csv)
		['Nottingham', '891', '892'],
		['Nottinghamshire', '928', '891'],
		['Northamptonshire', '892', '928'],
		['Central Bedfordshire', '873', '823'],
		['Cambridgeshire', '823', '873'],
		['Bournemouth', '', '837'],
		['Poole', '', '836'],
	])('corrects %s from "%s" to %s, keeping the printed code', (name, publishedCode, code) => {
		const rows = parsed.rows.filter((r) => r.laName === name);
		expect(rows).toHaveLength(12);
		for (const r of rows) {
			expect(r.dfeCode).toBe(code);
			expect(r.codeCorrection?.publishedCode).toBe(publishedCode);
		}
	});

	it('keeps the figures with the name, not the code: Nottingham 2024 is 52 appeals over 1,451 (new method)', () => {
		expect(row('892', 2024, 'new')).toMatchObject({
			laName: 'Nottingham',
			appealsRegistered: pub(52),
			appealableDecisions: pub(1451),
			appealRate: pub(3.6),
		});
	});

	it('strips footnote markers from names ("Poole5", "Cumbria8", "Dorset6")', () => {
		expect(row('836', 2014)).toMatchObject({ laName: 'Poole', footnotes: [5], appealsRegistered: pub(3) });
		expect(row('909', 2014)).toMatchObject({ laName: 'Cumbria', footnotes: [8] });
		expect(row('838', 2014)).toMatchObject({ laName: 'Dorset', footnotes: [6] });
	});

	it('keeps "..", "x" and blank apart from zero', () => {
		// Cumbria (line 27): ".." in 2023 after the split (note 8); the 2024 cells left empty.
		expect(row('909', 2023).appealsRegistered).toEqual({ status: 'unavailable', value: null });
		expect(row('909', 2024).appealableDecisions).toEqual({ status: 'not_reported', value: null });
		expect(row('909', 2024, 'new').appealRate).toEqual({ status: 'not_reported', value: null });
		// Northamptonshire (line 68): " .. " appeals in 2024, decisions and rate empty.
		expect(row('928', 2024)).toMatchObject({
			appealsRegistered: { status: 'unavailable' },
			appealableDecisions: { status: 'not_reported' },
		});
		// Blackpool (line 21): 2024 new-method decisions " x " and rate "x".
		expect(row('890', 2024, 'new')).toMatchObject({
			appealsRegistered: pub(21),
			appealableDecisions: { status: 'suppressed', value: null },
			appealRate: { status: 'suppressed', value: null },
		});
		// Isles of Scilly (line 165): the one empty cell, 2023 appeals, beside a 0.00% rate.
		expect(row('420', 2023)).toMatchObject({
			appealsRegistered: { status: 'not_reported', value: null },
			appealableDecisions: pub(20),
			appealRate: pub(0),
		});
	});

	it('applies a correction only for this file: without corrections Bournemouth and Poole are problems', () => {
		const bare = parseTribunalAppealRate2014to2024(TEXT, FILE, []);
		expect(bare.problems.map((p) => [p.line, p.column])).toEqual([
			[158, 2],
			[168, 2],
		]);
		expect(bare.problems[0]?.message).toMatch(/\(got ""\)$/);
		expect(bare.rows.find((r) => r.laName === 'Nottingham')?.dfeCode).toBe('891');
	});
});

describe('parseTribunalAppealRate2014to2024(text, file, corrections) on bad input', () => {
	it('reads a small file built from real lines', () => {
		const small = parseTribunalAppealRate2014to2024(mini(DERBY, DERBYSHIRE), 'small.csv', []);
		expect(small.problems).toEqual([]);
		expect(small.rows).toHaveLength(24);
		expect(small.counts).toMatchObject({ titles: 1, blank: 2, headerRows: 2, regionHeadings: 1, laRows: 2 });
	});

	it('reads whatever years the header gives (nothing hard-coded)', () => {
		const shifted = mini(DERBY).replace(
			HEADER[3]!,
			HEADER[3]!.replace(/20(1\d|2\d)/g, (y) => String(Number(y) - 10)),
		);
		const rows = parseTribunalAppealRate2014to2024(shifted, 'small.csv', []).rows;
		expect(rows.filter((r) => r.method === 'old').map((r) => r.year)).toEqual([
			2004, 2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012, 2013, 2014,
		]);
		expect(rows.find((r) => r.year === 2004)?.appealsRegistered).toEqual(pub(46));
	});

	it.each([
		// [what, file text, line, column, message]
		[
			'a non-number',
			() => mini(withCell(DERBY, 2, 'abc')),
			7,
			3,
			'expected a whole number like 1,071 or "-" (got "abc")',
		],
		[
			'a negative count',
			() => mini(withCell(DERBY, 3, '-1,133')),
			7,
			4,
			'expected a whole number like 1,071 or "-" (got "-1,133")',
		],
		['a negative rate', () => mini(withCell(DERBY, 4, '-4.10%')), 7, 5, 'a percent cannot be negative (got "-4.10%")'],
		[
			'a rate over 100%',
			() => mini(withCell(DERBY, 4, '104.10%')),
			7,
			5,
			'a percentage cannot be over 100 (got "104.10%")',
		],
		[
			'a rate that does not recompute',
			() => mini(withCell(DERBY, 4, '5.10%')),
			7,
			5,
			'appeal rate does not recompute from its counts: 46 / 1133 = 4.06% (got "5.10%")',
		],
		[
			'a rate without its % sign',
			() => mini(withCell(DERBY, 36, '12.80')),
			7,
			37,
			'expected a rate like 4.60% (got "12.80")',
		],
		[
			'an empty figure',
			() => mini(withCell(DERBYSHIRE, 32, '')),
			7,
			33,
			'empty cell where a count is required (got "")',
		],
		[
			'an empty council name',
			() => mini(withCell(DERBY, 0, '')),
			7,
			1,
			'a row with figures needs a council name; this cell is empty (got "")',
		],
		[
			'a missing LA code',
			() => mini(withCell(DERBY, 1, '')),
			7,
			2,
			'LA code: expected a three-digit DfE LA code such as 831, or a correction in data/reference/code-corrections.csv (got "")',
		],
		[
			'an unknown structural line',
			() => mini('Table continues overleaf' + ','.repeat(36), DERBY),
			7,
			0,
			'unrecognised line: text in the first column only, but not a region heading in capitals or a numbered note (got "Table continues overleaf")',
		],
		['a line that lost a cell', () => mini(withoutCell(DERBY, 5)), 7, 0, 'expected 37 cells, got 36'],
		[
			'a duplicated council',
			() => mini(DERBY, DERBY),
			8,
			0,
			'duplicate row: Derby is already read on line 7 (got "Derby")',
		],
	])('reports %s at its line and column', (_what, build, line, column, message) => {
		const result = parseTribunalAppealRate2014to2024(build(), 'small.csv', []);
		const expected: unknown = typeof message === 'string' ? message : expect.stringMatching(message);
		expect(result.problems).toContainEqual({ file: 'small.csv', line, column, message: expected });
		// A line with a problem gives no rows at all, so no council appears with years missing.
		expect(result.rows.filter((r) => r.line === line)).toEqual([]);
	});

	it('reports a column missing from every line at the header, and reads nothing', () => {
		// Drop 2014's "Total Appealable Decisions" column (the 4th) from every line.
		const text = [...HEADER, EAST_MIDLANDS, DERBY].map((l) => withoutCell(l, 3)).join('\r\n');
		const result = parseTribunalAppealRate2014to2024(text, 'small.csv', []);
		expect(result.rows).toEqual([]);
		expect(result.problems[0]).toEqual({
			file: 'small.csv',
			line: 5,
			column: 4,
			message: 'expected "Total Appealable Decisions" (footnote number allowed) (got "SEND Tribunal Appeal Rate2")',
		});
		expect(result.problems).toContainEqual({
			file: 'small.csv',
			line: 4,
			column: 5,
			message: 'expected nothing above "SEND Tribunal Appeal Rate" (got "2015")',
		});
	});

	it('reports a header name that does not match, at its column', () => {
		const text = mini(DERBY).replace('In development: SEND Tribunal Appeal Rate2', 'Something else');
		const result = parseTribunalAppealRate2014to2024(text, 'small.csv', []);
		expect(result.problems).toEqual([
			{
				file: 'small.csv',
				line: 5,
				column: 37,
				message:
					'expected "In development: SEND Tribunal Appeal Rate" (footnote number allowed) (got "Something else")',
			},
		]);
		expect(result.rows).toEqual([]);
	});
});
