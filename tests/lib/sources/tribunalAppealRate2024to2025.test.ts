import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readCsv } from '~/lib/csv/readCsv';
import { parseCodeCorrections } from '~/lib/sources/codeCorrections';
import { parseTribunalAppealRate2014to2024 } from '~/lib/sources/tribunalAppealRate2014to2024';
import type { AppealRateRow } from '~/lib/sources/mojAppealRateTable';
import { parseTribunalAppealRate2024to2025 } from '~/lib/sources/tribunalAppealRate2024to2025';

const FILE = 'data/raw/moj-send-appeal-rate/SEND_appealable_decisions_rate_2024-2025.csv';
const TEXT = readFileSync(FILE, 'utf8');
const CORRECTIONS = parseCodeCorrections(
	readFileSync('data/reference/code-corrections.csv', 'utf8'),
	'data/reference/code-corrections.csv',
).rows;
const parsed = parseTribunalAppealRate2024to2025(TEXT, FILE, CORRECTIONS);

const row = (dfeCode: string | null, year: number): AppealRateRow => {
	const found = parsed.rows.filter((r) => r.dfeCode === dfeCode && r.year === year);
	expect(found).toHaveLength(1);
	return found[0]!;
};
const pub = (value: number) => ({ status: 'published', value });

const LINES = TEXT.split('\n');
const HEADER = LINES.slice(0, 8); // 2 titles, blank, sources (2 lines), blank, years (line 7), names (line 8)
const mini = (...body: string[]) => [...HEADER, LINES[62] /* EAST MIDLANDS */, ...body].join('\n') + '\n';
const DERBY = LINES[63]!; // line 64
const withCell = (line: string, index: number, value: string) => {
	const fields = Papa.parse<string[]>(line, { delimiter: ',' }).data[0]!;
	fields[index] = value;
	return Papa.unparse([fields]);
};

describe('parseTribunalAppealRate2024to2025(text, file, corrections) on the real file', () => {
	it('reads every line with no problems, and accounts for each', () => {
		expect(parsed.problems).toEqual([]);
		// Titles (lines 1–2), blanks (3, 6, 174), sources (4–5) + "Footnotes:" + notes 1–5 (8 notes
		// lines), headers (7–8), 11 headings (9 regions + INNER/OUTER LONDON), 153 councils, England.
		expect(parsed.counts).toEqual({
			titles: 2,
			headerRows: 2,
			blank: 3,
			regionHeadings: 11,
			laRows: 153,
			englandRows: 1,
			footnotes: 8,
			unreadTotals: 0,
			unrecognised: 0,
		});
		expect(Object.values(parsed.counts).reduce((a: number, b: number) => a + b, 0)).toBe(
			readCsv(TEXT, FILE).records.length + 1,
		);
		expect(parsed.rows).toHaveLength(154 * 2);
		expect(new Set(parsed.rows.map((r) => r.method))).toEqual(new Set(['new']));
	});

	it('England Total (line 173): 2024 22,276 / 364,912 / 6.10%; 2025 26,977 / 405,735 / 6.60%', () => {
		expect(row(null, 2024)).toMatchObject({
			line: 173,
			area: 'england',
			laName: 'England Total',
			appealsRegistered: pub(22276),
			appealableDecisions: pub(364912),
			appealRate: pub(6.1),
		});
		expect(row(null, 2025)).toMatchObject({
			appealsRegistered: pub(26977),
			appealableDecisions: pub(405735),
			appealRate: pub(6.6),
		});
	});

	it('Derbyshire (830, line 65): 536 / 3,810 / 14.1 in 2024; 690 / 5,144 / 13.4 in 2025', () => {
		expect(row('830', 2024)).toMatchObject({
			line: 65,
			appealsRegistered: pub(536),
			appealableDecisions: pub(3810),
			appealRate: pub(14.1),
		});
		expect(row('830', 2025)).toMatchObject({
			appealsRegistered: pub(690),
			appealableDecisions: pub(5144),
			appealRate: pub(13.4),
		});
		expect(row('831', 2025)).toMatchObject({
			laName: 'Derby',
			appealsRegistered: pub(223),
			appealableDecisions: pub(2441),
			appealRate: pub(9.1),
		});
	});

	it('reads zero printed " - " (2024) and "0" (2025) alike: Isles of Scilly, line 165', () => {
		expect(row('420', 2024).appealsRegistered).toEqual(pub(0));
		expect(row('420', 2025).appealsRegistered).toEqual(pub(0));
	});

	it('keeps "x" as suppressed (Lewisham 2025, Blackpool 2024)', () => {
		expect(row('209', 2025)).toMatchObject({
			appealsRegistered: pub(114),
			appealableDecisions: { status: 'suppressed', value: null },
			appealRate: { status: 'suppressed', value: null },
		});
		expect(row('890', 2024).appealableDecisions).toEqual({ status: 'suppressed', value: null });
	});

	it('swaps back Central Bedfordshire (823) and Cambridgeshire (873), and leaves Nottingham (892) alone', () => {
		expect(row('823', 2024)).toMatchObject({
			laName: 'Central Bedfordshire',
			codeCorrection: { publishedCode: '873' },
			appealsRegistered: pub(140),
		});
		expect(row('873', 2024)).toMatchObject({
			laName: 'Cambridgeshire',
			codeCorrection: { publishedCode: '823' },
			appealsRegistered: pub(169),
		});
		// Nottingham is printed correctly here; its 2014–2024 correction names the other file.
		expect(row('892', 2024)).toMatchObject({ laName: 'Nottingham', codeCorrection: null });
	});

	it('the councils add up to the England Total in 2025 (the .source.txt check)', () => {
		const councils = parsed.rows.filter((r) => r.area === 'council' && r.year === 2025);
		const sum = (key: 'appealsRegistered' | 'appealableDecisions') =>
			councils.reduce((s, r) => s + (r[key].value ?? 0), 0);
		expect(sum('appealsRegistered')).toBe(26977);
		expect(sum('appealableDecisions')).toBe(405735); // suppressed councils excluded, as in the total
	});

	it('every 2024 row equals the 2014–2024 file\'s "In development" 2024 row for the same corrected code', () => {
		const oldFile = 'data/raw/moj-send-appeal-rate/SEND_Tribunals_and_appeal_rate_2014-2024.csv';
		const older = parseTribunalAppealRate2014to2024(readFileSync(oldFile, 'utf8'), oldFile, CORRECTIONS).rows.filter(
			(r) => r.year === 2024 && r.method === 'new',
		);
		const figures = (r: AppealRateRow) => [r.appealsRegistered, r.appealableDecisions, r.appealRate];
		const mine = parsed.rows.filter((r) => r.year === 2024);
		expect(mine).toHaveLength(154);
		for (const r of mine) {
			const match = older.find((o) => o.dfeCode === r.dfeCode && o.area === r.area);
			expect(match && figures(match), `${r.laName} (${r.dfeCode})`).toEqual(figures(r));
		}
	});
});

describe('parseTribunalAppealRate2024to2025(text, file, corrections) on bad input', () => {
	it('reads a small file built from real lines', () => {
		const small = parseTribunalAppealRate2024to2025(mini(DERBY), 'small.csv', []);
		expect(small.problems).toEqual([]);
		expect(small.rows.map((r) => [r.line, r.year])).toEqual([
			[10, 2024],
			[10, 2025],
		]);
	});

	it.each([
		// [what, line text, column, message] — Derby is line 10 of the small file
		['a non-number', withCell(DERBY, 5, 'abc'), 6, 'expected a whole number like 1,071 or "-" (got "abc")'],
		['a negative count', withCell(DERBY, 6, '-2441'), 7, 'expected a whole number like 1,071 or "-" (got "-2441")'],
		['a rate over 100%', withCell(DERBY, 7, '109.10%'), 8, 'a percentage cannot be over 100 (got "109.10%")'],
		[
			'a rate that does not recompute',
			withCell(DERBY, 4, '2.80%'),
			5,
			'appeal rate does not recompute from its counts: 190 / 1482 = 12.82% (got "2.80%")',
		],
		['an empty count', withCell(DERBY, 2, ''), 3, 'empty cell where a count is required (got "")'],
		[
			'an empty council name',
			withCell(DERBY, 0, ''),
			1,
			'a row with figures needs a council name; this cell is empty (got "")',
		],
		[
			'an unknown structural line',
			'See the methodology page,,,,,,,',
			0,
			'unrecognised line: text in the first column only, but not a region heading in capitals or a numbered note (got "See the methodology page")',
		],
	])('reports %s at line 10 and its column', (_what, line, column, message) => {
		const result = parseTribunalAppealRate2024to2025(mini(line), 'small.csv', []);
		expect(result.problems).toEqual([{ file: 'small.csv', line: 10, column, message }]);
		expect(result.rows).toEqual([]);
	});

	it('reports a column missing from every line at the names row (line 8), and reads nothing', () => {
		// Drop 2025's "Total Appealable decisions" (7th column) from every line.
		const drop = (l: string) => {
			const fields = Papa.parse<string[]>(l, { delimiter: ',' }).data[0]!;
			fields.splice(6, 1);
			return Papa.unparse([fields]);
		};
		const text = [...HEADER, LINES[62]!, DERBY].map(drop).join('\n');
		const result = parseTribunalAppealRate2024to2025(text, 'small.csv', []);
		expect(result.rows).toEqual([]);
		expect(result.problems).toEqual([
			{
				file: 'small.csv',
				line: 8,
				column: 7,
				message: 'expected "Total Appealable Decisions" (footnote number allowed) (got "SEND Tribunal Appeal Rate")',
			},
			{
				file: 'small.csv',
				line: 8,
				column: 8,
				message: 'expected "SEND Tribunal Appeal Rate" (footnote number allowed) (got "")',
			},
		]);
	});

	it('reports a file with no year header at line 1', () => {
		const result = parseTribunalAppealRate2024to2025('Some other table\nDerby,831,1,2\n', 'small.csv', []);
		// Line 2 is also reported: four cells under a one-cell first line.
		expect(result.problems.filter((p) => p.line === 1)).toEqual([
			{
				file: 'small.csv',
				line: 1,
				column: 0,
				message: 'no header row with years (such as 2024) above the figures (got "Some other table")',
			},
		]);
	});
});
