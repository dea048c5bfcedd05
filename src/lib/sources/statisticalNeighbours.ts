import { z } from 'zod';
import { dfeLaCode, onsCode, requiredText } from '../csv/cells';
import { readValidatedTable } from '../csv/readValidatedTable';
import { got, type Parsed } from '../problems';

// data/raw/dfe-statistical-neighbours/statistical_neighbours.csv: DfE's children's services
// statistical neighbours, May 2025 list as loaded by LAIT, pivoted to one row per council and
// rank (statistical_neighbours.csv.source.txt). sn_set "current" is the 153 councils of today;
// "old_pre_reorganisation" the five councils abolished since, kept for older figures.

/** DfE's closeness label, in the words the site uses. */
export type Closeness = 'extremely_close' | 'very_close' | 'close' | 'somewhat_close' | 'not_close';

/** One council's neighbour at one rank (1 = most similar). */
export interface StatisticalNeighbourRow {
	line: number;
	dfeCode: string;
	onsCode: string;
	name: string;
	/** Government office region as DfE writes it, e.g. "London (Outer)". */
	region: string;
	rank: number;
	neighbourDfeCode: string;
	neighbourOnsCode: string;
	neighbourName: string;
	closeness: Closeness;
	/** The label as published: the old block capitalises it ("Very Close"). */
	closenessAsPublished: string;
	set: 'current' | 'old';
}

// The source file's closeness labels (SNP column), matched without regard to case because the
// old block writes "Very Close" where the current one writes "Very close".
const CLOSENESS: Record<string, Closeness> = {
	'extremely close': 'extremely_close',
	'very close': 'very_close',
	close: 'close',
	'somewhat close': 'somewhat_close',
	'not close': 'not_close',
};
const SETS: Record<string, 'current' | 'old'> = { current: 'current', old_pre_reorganisation: 'old' };
const RANKS = 10;

/** The columns of statistical_neighbours.csv, read from string cells. */
export const StatisticalNeighbourCellsSchema = z.object({
	la_code: dfeLaCode(),
	new_la_code: onsCode(),
	la_name: requiredText(),
	neighbour_rank: z
		.string()
		.trim()
		.regex(/^\d+$/, { message: `expected a rank from 1 to ${RANKS}` })
		.transform(Number)
		.refine((n) => n >= 1 && n <= RANKS, { message: `expected a rank from 1 to ${RANKS}` }),
	neighbour_la_code: dfeLaCode(),
	neighbour_new_la_code: onsCode(),
	neighbour_la_name: requiredText(),
	closeness: z
		.string()
		.trim()
		.refine((s) => Object.hasOwn(CLOSENESS, s.toLowerCase()), {
			message: 'expected Extremely close, Very close, Close, Somewhat close or Not close',
		}),
	la_region: requiredText(),
	sn_set: z
		.string()
		.trim()
		.refine((s) => Object.hasOwn(SETS, s), { message: 'expected current or old_pre_reorganisation' }),
});

/**
 * Parses statistical_neighbours.csv; each council must have exactly ranks 1–10, distinct
 * neighbours, and (in the current set) neighbours that are current councils with the same codes and names.
 */
export function parseStatisticalNeighbours(text: string, file: string): Parsed<StatisticalNeighbourRow> {
	const validated = readValidatedTable(text, file, StatisticalNeighbourCellsSchema);
	const { problems } = validated;
	const at = (line: number, column: string, message: string) => validated.at(line)(column, message);

	const candidates: StatisticalNeighbourRow[] = validated.rows.map(({ line, row: r }) => ({
		line,
		dfeCode: r.la_code,
		onsCode: r.new_la_code,
		name: r.la_name,
		region: r.la_region,
		rank: r.neighbour_rank,
		neighbourDfeCode: r.neighbour_la_code,
		neighbourOnsCode: r.neighbour_new_la_code,
		neighbourName: r.neighbour_la_name,
		closeness: CLOSENESS[r.closeness.toLowerCase()]!,
		closenessAsPublished: r.closeness,
		set: SETS[r.sn_set]!,
	}));

	const bad = new Set<number>();
	const fail = (row: StatisticalNeighbourRow, column: string, message: string) => {
		bad.add(row.line);
		at(row.line, column, message);
	};
	const groups = new Map<string, StatisticalNeighbourRow[]>();
	for (const row of candidates) {
		const key = `${row.set}|${row.dfeCode}`;
		groups.set(key, [...(groups.get(key) ?? []), row]);
	}
	// Each council's own codes and name, from its first line, to check its neighbours against.
	const councils = new Map<string, StatisticalNeighbourRow>();
	for (const [key, rows] of groups) councils.set(key, rows[0]!);

	for (const [key, rows] of groups) {
		const first = rows[0]!;
		const ranks = new Map<number, number>();
		const neighbours = new Map<string, number>();
		for (const row of rows) {
			if (row.onsCode !== first.onsCode)
				fail(
					row,
					'new_la_code',
					`${first.name} (${first.dfeCode}) is ${first.onsCode} on line ${first.line} ${got(row.onsCode)}`,
				);
			if (row.name !== first.name)
				fail(row, 'la_name', `council ${first.dfeCode} is "${first.name}" on line ${first.line} ${got(row.name)}`);
			if (row.region !== first.region)
				fail(row, 'la_region', `${first.name} is in "${first.region}" on line ${first.line} ${got(row.region)}`);
			const rankLine = ranks.get(row.rank);
			if (rankLine !== undefined)
				fail(
					row,
					'neighbour_rank',
					`${first.name} already has a neighbour at rank ${row.rank} on line ${rankLine} ${got(String(row.rank))}`,
				);
			else ranks.set(row.rank, row.line);
			const neighbourLine = neighbours.get(row.neighbourDfeCode);
			if (neighbourLine !== undefined)
				fail(
					row,
					'neighbour_la_code',
					`${row.neighbourName} is already ${first.name}'s neighbour on line ${neighbourLine} ${got(row.neighbourDfeCode)}`,
				);
			else neighbours.set(row.neighbourDfeCode, row.line);
			if (row.neighbourDfeCode === row.dfeCode)
				fail(row, 'neighbour_la_code', `a council is not its own neighbour ${got(row.neighbourDfeCode)}`);
			// Neighbours in the current set are current councils (the .source.txt: "every current LA's
			// 10 neighbours are current LAs"), and their codes and names are those of their own rows.
			if (row.set === 'current') {
				const own = councils.get(`current|${row.neighbourDfeCode}`);
				if (!own)
					fail(
						row,
						'neighbour_la_code',
						`neighbour ${row.neighbourDfeCode} is not a council of the current set ${got(row.neighbourDfeCode)}`,
					);
				else {
					if (own.onsCode !== row.neighbourOnsCode)
						fail(
							row,
							'neighbour_new_la_code',
							`${own.name} is ${own.onsCode} on line ${own.line} ${got(row.neighbourOnsCode)}`,
						);
					if (own.name !== row.neighbourName)
						fail(
							row,
							'neighbour_la_name',
							`council ${own.dfeCode} is "${own.name}" on line ${own.line} ${got(row.neighbourName)}`,
						);
				}
			}
		}
		// DfE lists ten neighbours for every council (SN1 … SN10), so each rank appears exactly once.
		const missingRanks = Array.from({ length: RANKS }, (_, i) => i + 1).filter((r) => !ranks.has(r));
		if (missingRanks.length > 0) {
			const last = rows.at(-1)!;
			fail(
				last,
				'neighbour_rank',
				`${first.name} (${key.split('|')[1]}) has no neighbour at rank ${missingRanks.join(', ')}; ranks present ${got([...ranks.keys()].sort((a, b) => a - b).join(', '))}`,
			);
			for (const row of rows) bad.add(row.line);
		}
	}
	const rows = candidates.filter((r) => !bad.has(r.line)).sort((a, b) => a.line - b.line);
	return { rows, problems };
}
