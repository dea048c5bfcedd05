import type { Council } from '../model/council';
import type { Measure } from '../model/measure';
import type { Observation } from '../model/observation';
import type { RankOutput } from '../metrics/rankAmongCouncils';
import type { Region } from '../model/region';
import type { CouncilHex } from '../places/applyHexmapChanges';
import { latestWidePeriod } from './charts/latestWidePeriod';
import type { SiteData } from './siteData';

/** What the compare page reads from the data layer (injected, so this stays pure). */
export type CompareData = Pick<
	SiteData,
	'measure' | 'measureObservations' | 'series' | 'rank' | 'councils' | 'regions' | 'hexes'
>;

/** One council's line in the comparison. */
export interface CompareRow {
	council: Council;
	observation: Observation | null;
	/** Null when the council has no published figure, or its figure is doubtful (never ranked). */
	rank: RankOutput | null;
}

/** The range of values in one quarter of ranked councils (1 = the highest quarter). */
export interface QuartileRange {
	quartile: 1 | 2 | 3 | 4;
	count: number;
	min: number;
	max: number;
}

export interface CompareMeasure {
	measure: Measure;
	period: string;
	/** Ranked councils highest first, then doubtful figures, then councils with no figure. */
	rows: CompareRow[];
	england: Observation | null;
	regions: { region: Region; observation: Observation | null }[];
	quartiles: QuartileRange[];
	/** Each council's hex, with its quartile (null: no ranked figure) for the map. */
	hexes: (CouncilHex & { council: Council; quartile: 1 | 2 | 3 | 4 | null })[];
}

// The measures a compare page is drawn for: the headline rates, which compare across councils
// of different sizes. Counts (plans issued, appeals) mostly measure size, so they are not compared.
export const COMPARE_MEASURES = [
	'timeliness_20wk_excl',
	'timeliness_over_52wk_incl',
	'refusal_rate',
	'appeal_rate_new',
	'appeal_rate_old',
] as const;

/** Every council's figure for one measure in the latest year most councils have, with England, regions and quartiles. */
export function compareMeasure(measureId: string, data: CompareData): CompareMeasure | null {
	const measure = data.measure(measureId);
	const period = latestWidePeriod(measureId, data);
	if (!period) return null;
	const at = (code: string) => data.series(measureId, code).find((o) => o.period === period) ?? null;
	const rows: CompareRow[] = data.councils().map((council) => {
		const observation = at(council.onsCode);
		return { council, observation, rank: data.rank(measureId, period, council.onsCode) ?? null };
	});
	const order = (r: CompareRow) => (r.rank ? 0 : r.observation?.figure.status === 'published' ? 1 : 2);
	rows.sort(
		(a, b) =>
			order(a) - order(b) ||
			(a.rank && b.rank ? a.rank.rank - b.rank.rank : 0) ||
			a.council.name.localeCompare(b.council.name, 'en-GB'),
	);
	const quartiles: QuartileRange[] = [];
	for (const q of [1, 2, 3, 4] as const) {
		const values = rows.filter((r) => r.rank?.quartile === q).map((r) => r.rank!.value);
		if (values.length > 0)
			quartiles.push({ quartile: q, count: values.length, min: Math.min(...values), max: Math.max(...values) });
	}
	const byCode = new Map(rows.map((r) => [r.council.onsCode, r]));
	return {
		measure,
		period,
		rows,
		england: at('E92000001'),
		regions: data.regions().map((region) => ({ region, observation: at(region.code) })),
		quartiles,
		hexes: data.hexes().flatMap((h) => {
			const row = byCode.get(h.councilOnsCode);
			return row ? [{ ...h, council: row.council, quartile: row.rank?.quartile ?? null }] : [];
		}),
	};
}
