import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatisticalNeighbours } from '~/lib/sources/statisticalNeighbours';

const FILE = 'data/raw/dfe-statistical-neighbours/statistical_neighbours.csv';
const TEXT = readFileSync(FILE, 'utf8');
const parsed = parseStatisticalNeighbours(TEXT, FILE);
const LINES = TEXT.split('\n');

/** The real file with line `line` (1-based) replaced, or removed when `text` is null. */
const withLine = (line: number, text: string | null) => {
	const lines = [...LINES];
	if (text === null) lines.splice(line - 1, 1);
	else lines[line - 1] = text;
	return lines.join('\n');
};

describe('parseStatisticalNeighbours(text, file) on the real file', () => {
	it('reads all 1,580 rows with no problems: 153 current councils and 5 old ones, ten each', () => {
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows).toHaveLength(1580);
		const councils = (set: string) => new Set(parsed.rows.filter((r) => r.set === set).map((r) => r.dfeCode));
		expect(councils('current').size).toBe(153);
		expect([...councils('old')]).toEqual(['835', '836', '837', '928', '909']);
	});

	it("Derby's (831) ten neighbours, Coventry first (lines 322–331)", () => {
		const derby = parsed.rows.filter((r) => r.dfeCode === '831' && r.set === 'current');
		expect(derby.map((r) => r.neighbourName)).toEqual([
			'Coventry',
			'Bolton',
			'Walsall',
			'Southampton',
			'Kirklees',
			'Peterborough',
			'Rochdale',
			'Sheffield',
			'Tameside',
			'Stoke-on-Trent',
		]);
		expect(derby[0]).toEqual({
			line: 322,
			dfeCode: '831',
			onsCode: 'E06000015',
			name: 'Derby',
			region: 'East Midlands',
			rank: 1,
			neighbourDfeCode: '331',
			neighbourOnsCode: 'E08000026',
			neighbourName: 'Coventry',
			closeness: 'very_close',
			closenessAsPublished: 'Very close',
			set: 'current',
		});
	});

	it('Derbyshire (830): Nottinghamshire (891) extremely close at rank 1 (line 332)', () => {
		expect(parsed.rows.find((r) => r.line === 332)).toMatchObject({
			dfeCode: '830',
			rank: 1,
			neighbourDfeCode: '891',
			neighbourName: 'Nottinghamshire',
			closeness: 'extremely_close',
		});
	});

	it('normalises the old block\'s capitalised labels ("Very Close") and keeps them as published', () => {
		const old = parsed.rows.filter((r) => r.set === 'old');
		expect(old).toHaveLength(50);
		expect(old.find((r) => r.dfeCode === '836' && r.rank === 1)).toMatchObject({
			name: 'Poole (Pre LG)',
			closeness: 'very_close',
			closenessAsPublished: 'Very Close',
		});
	});
});

describe('parseStatisticalNeighbours(text, file) on bad input', () => {
	it('reports a council missing a rank at its last line, and drops its rows', () => {
		const result = parseStatisticalNeighbours(withLine(328, null), 'n.csv'); // Derby's rank 7
		expect(result.problems).toEqual([
			{
				file: 'n.csv',
				line: 330,
				column: 4,
				message:
					'neighbour_rank: Derby (831) has no neighbour at rank 7; ranks present (got "1, 2, 3, 4, 5, 6, 8, 9, 10")',
			},
		]);
		expect(result.rows.filter((r) => r.dfeCode === '831' && r.set === 'current')).toEqual([]);
		expect(result.rows).toHaveLength(1570);
	});

	it.each([
		// [what, line 328 (Derby, rank 7) rewritten, column, message]
		[
			'a repeated rank',
			'831,E06000015,Derby,6,354,E08000005,Rochdale,Very close,East Midlands,current',
			4,
			'neighbour_rank: Derby already has a neighbour at rank 6 on line 327 (got "6")',
		],
		[
			'a rank above 10',
			'831,E06000015,Derby,11,354,E08000005,Rochdale,Very close,East Midlands,current',
			4,
			'neighbour_rank: expected a rank from 1 to 10 (got "11")',
		],
		[
			'a non-number rank',
			'831,E06000015,Derby,abc,354,E08000005,Rochdale,Very close,East Midlands,current',
			4,
			'neighbour_rank: expected a rank from 1 to 10 (got "abc")',
		],
		[
			'an unknown closeness',
			'831,E06000015,Derby,7,354,E08000005,Rochdale,Quite close,East Midlands,current',
			8,
			'closeness: expected Extremely close, Very close, Close, Somewhat close or Not close (got "Quite close")',
		],
		[
			"a neighbour name that is not the council's own",
			'831,E06000015,Derby,7,354,E08000005,Rochdale Borough,Very close,East Midlands,current',
			7,
			'neighbour_la_name: council 354 is "Rochdale" on line 1022 (got "Rochdale Borough")',
		],
		[
			'a neighbour that is not a current council',
			'831,E06000015,Derby,7,909,E10000006,Cumbria,Very close,East Midlands,current',
			5,
			'neighbour_la_code: neighbour 909 is not a council of the current set (got "909")',
		],
		[
			'a council as its own neighbour',
			'831,E06000015,Derby,7,831,E06000015,Derby,Very close,East Midlands,current',
			5,
			'neighbour_la_code: a council is not its own neighbour (got "831")',
		],
		[
			'an unknown set',
			'831,E06000015,Derby,7,354,E08000005,Rochdale,Very close,East Midlands,future',
			10,
			'sn_set: expected current or old_pre_reorganisation (got "future")',
		],
		[
			'an empty council name',
			'831,E06000015,,7,354,E08000005,Rochdale,Very close,East Midlands,current',
			3,
			'la_name: this cell is required but is empty (got "")',
		],
		[
			'a line that lost a cell',
			'831,E06000015,Derby,7,354,E08000005,Rochdale,Very close,current',
			0,
			'expected 10 cells, got 9',
		],
	])('reports %s at line 328 and its column', (_what, text, column, message) => {
		const result = parseStatisticalNeighbours(withLine(328, text), 'n.csv');
		expect(result.problems).toContainEqual({ file: 'n.csv', line: 328, column, message });
		expect(result.rows.some((r) => r.line === 328)).toBe(false);
	});

	it('reports a missing column at the header', () => {
		const result = parseStatisticalNeighbours(TEXT.replace('closeness,', ''), 'n.csv');
		// Every data line then has one cell more than the header, which readCsv reports line by line.
		expect(result.problems.filter((p) => p.line === 1)).toEqual([
			{
				file: 'n.csv',
				line: 1,
				column: 0,
				message:
					'missing column "closeness" (header has 9 columns: la_code, new_la_code, la_name, neighbour_rank, neighbour_la_code, neighbour_new_la_code, …)',
			},
		]);
	});
});
