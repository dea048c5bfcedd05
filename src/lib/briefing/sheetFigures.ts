import type { Council } from '../model/council';
import type { Observation } from '../model/observation';
import { formatCount } from '../format/formatCount';
import { formatFigure } from '../format/formatFigure';
import { formatPercent } from '../format/formatPercent';
import { labelBesidePeriod, periodWords } from '../format/periodWords';
import { headlineFigures, type HeadlineData, type HeadlineRow } from '../pageData/headlineFigures';
import { neighbourMedian, type GlanceData } from '../pageData/atAGlance';

// The six figures on side 1 of the one-sheet (brief, "The one-sheet briefing": four to six):
// how fast plans are made, how many wait over a year, demand, refusals, the stock of plans and
// appeals. Counts and rates alike are set beside England, the region and the neighbours.
export const SHEET_MEASURES = [
	'timeliness_20wk_excl',
	'timeliness_over_52wk_incl',
	'requests',
	'refusal_rate',
	'plans_in_place',
	'appeal_rate_new',
] as const;

/** What the sheet's figures read: the headline rows' data and the council's neighbours. */
export type SheetFigureData = HeadlineData & Pick<GlanceData, 'neighbours'>;

/** One headline figure as the sheet prints it: every cell already in words. */
export interface SheetFigure {
	measure: string;
	label: string;
	/** The period as a reader says it: "calendar year 2025", "January 2025". */
	period: string;
	value: string;
	/** "245 of 466" for a rate whose counts are published, else null. */
	counts: string | null;
	absent: boolean;
	/** The measure's small-base threshold when this rate rests on fewer cases than it (measures.csv small_base); else null. */
	fewCases: number | null;
	/** The caution for a figure the data-quality rules doubt, or a caveat that travels with it; else null. */
	caution: string | null;
	/** Direction of travel since the year before, in words. */
	change: string;
	england: string;
	region: string;
	/** The middle of the statistical neighbours' figures ("3,475"), or why there is none. */
	neighbours: string;
	/** How many neighbours had a figure: "middle of 10"; null when there is no middle figure. */
	neighboursOf: string | null;
	/** The observations behind the row, for the sources list. */
	observations: Observation[];
}

const inWords = (o: Observation | null, unit: 'percent' | 'count') =>
	o ? formatFigure(o.figure, unit) : 'no figure for this period';

// The middle of an even number of counts can fall between two whole numbers: shown as 212.5, not rounded.
const middleWords = (value: number, unit: 'percent' | 'count') =>
	unit === 'percent'
		? formatPercent(value)
		: Number.isInteger(value)
			? formatCount(value)
			: formatPercent(value).slice(0, -1);

/** The direction of travel in words: "up 36.2 points since 2024", never across a break in series. */
export function changeWords(row: HeadlineRow): string {
	if (!row.change) return row.council.breakInSeries ? 'not comparable: new collection' : 'no earlier figure to compare';
	const { difference, from } = row.change;
	const since = `since ${from.periodKind === 'january' ? `January ${from.period}` : from.period}`;
	if (difference === 0) return `no change ${since}`;
	const size =
		row.measure.unit === 'percent'
			? `${formatPercent(Math.abs(difference)).replace('%', '')} points`
			: formatCount(Math.abs(difference));
	return `${difference > 0 ? 'up' : 'down'} ${size} ${since}`;
}

/** The one-sheet's headline figures for a council, each beside England, its region and its neighbours. */
export function sheetFigures(
	council: Council,
	data: SheetFigureData,
	measures: readonly string[] = SHEET_MEASURES,
): SheetFigure[] {
	return headlineFigures(council, data, measures).map((row) => {
		const unit = row.measure.unit === 'percent' ? 'percent' : 'count';
		const own = row.council;
		// Neighbours' figures the data-quality rules doubt are left out of the middle, as in the sentences.
		const middle = neighbourMedian(council, own.measure, own.period, {
			...data,
			isDoubtful: (o) => o.doubt !== undefined,
		});
		const period = periodWords(own.periodKind, own.period);
		return {
			measure: own.measure,
			label: labelBesidePeriod(row.measure.label, period),
			period,
			value: inWords(own, unit),
			counts:
				unit === 'percent' && own.numerator != null && own.denominator != null
					? `${formatCount(own.numerator)} of ${formatCount(own.denominator)}`
					: null,
			absent: own.figure.status !== 'published',
			fewCases:
				row.measure.smallBase !== null && own.denominator != null && own.denominator < row.measure.smallBase
					? row.measure.smallBase
					: null,
			caution: own.doubt?.caution ?? own.note ?? null,
			change: changeWords(row),
			england: inWords(row.england, unit),
			region: inWords(row.region, unit),
			neighbours: middle ? middleWords(middle.value, unit) : 'too few with a figure',
			neighboursOf: middle ? `middle of ${middle.count}` : null,
			observations: [own, row.england, row.region].filter((o): o is Observation => o !== null),
		};
	});
}
