import type { Observation } from '../model/observation';
import type { Measure } from '../model/measure';
import type { RankOutput } from '../metrics/rankAmongCouncils';
import type { Council } from '../model/council';
import type { SiteData } from './siteData';
import type { Source } from '../data';

/** What a headline row needs from the data layer (injected, so this stays pure and testable). */
/** What the headline table reads from the site's data. */
export type HeadlineData = Pick<SiteData, 'measure' | 'series' | 'rank' | 'source' | 'councilCount'>;

/** A change between two published values of one measure. */
export interface Change {
	from: Observation;
	/** Difference in the measure's unit: percentage points for rates, a count for counts. */
	difference: number;
	direction: 'up' | 'down' | 'same';
}

/** One headline figure for a council, with England and its region for the same period. */
export interface HeadlineRow {
	measure: Measure;
	council: Observation;
	/** The publication the council's figure comes from, as its citation shows it. */
	source: Source;
	england: Observation | null;
	region: Observation | null;
	change: Change | null;
	rank: RankOutput | null;
	/** Ranked among so few councils (fewer than half) that no rank is shown. */
	rankTooFew: RankOutput | null;
}

// The headline figures a councillor needs first (brief, "A council page": item 2), in order.
// New plans are DfE's own count (newplans.csv), not the base of the 20-week figures
// (plans_issued, "plans with a known time taken"), which leaves out plans of unknown timing.
export const HEADLINE_MEASURES = [
	'timeliness_20wk_excl',
	'timeliness_over_52wk_incl',
	'weeks_to_plan_excl',
	'new_plans',
	'requests',
	'refusal_rate',
	'plans_in_place',
	'appeals_registered',
	'appeal_rate_new',
	'appeal_rate_old',
] as const;

const byPeriod = (list: Observation[], period: string) => list.find((o) => o.period === period) ?? null;

/** The change from the previous period when both are published and comparable (no break between). */
export function changeSince(latest: Observation, previous: Observation | null): Change | null {
	if (!previous || latest.figure.status !== 'published' || previous.figure.status !== 'published') return null;
	if (latest.breakInSeries) return null;
	const difference = Math.round((latest.figure.value - previous.figure.value) * 10) / 10;
	return { from: previous, difference, direction: difference > 0 ? 'up' : difference < 0 ? 'down' : 'same' };
}

/** A rank is shown only when most councils have a figure for the period; otherwise it is withheld and said. */
function rankOrNot(
	rank: RankOutput | null,
	councilCount: number,
): { rank: RankOutput | null; rankTooFew: RankOutput | null } {
	if (rank && rank.of * 2 <= councilCount) return { rank: null, rankTooFew: rank };
	return { rank, rankTooFew: null };
}

/** Headline rows for one council: the latest period it has for each measure, beside England and its region. */
export function headlineFigures(
	council: Council,
	data: HeadlineData,
	measures: readonly string[] = HEADLINE_MEASURES,
): HeadlineRow[] {
	const rows: HeadlineRow[] = [];
	for (const id of measures) {
		const own = data.series(id, council.onsCode);
		const latest = own.at(-1);
		if (!latest) continue;
		rows.push({
			measure: data.measure(id),
			council: latest,
			source: data.source(latest.sourceId),
			england: byPeriod(data.series(id, 'E92000001'), latest.period),
			region: byPeriod(data.series(id, council.regionCode), latest.period),
			change: changeSince(latest, own.at(-2) ?? null),
			...rankOrNot(data.rank(id, latest.period, council.onsCode) ?? null, data.councilCount),
		});
	}
	return rows;
}
