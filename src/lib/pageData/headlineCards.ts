import type { HeadlineRow } from './headlineFigures';
import { figureAnchor } from './atAGlance';
import { formatFigure } from '../format/formatFigure';
import { formatPercent } from '../format/formatPercent';
import { periodWords } from '../format/periodWords';
import { rankWords } from '../format/rankWords';
import { formatNumber } from '../format/formatNumber';

// The four to six large figures under the at-a-glance sentences (issue 9, item 1): the measures
// the sentences link to, each with England, its region, the direction of travel and its rank in words.
export const CARD_MEASURES = [
	'timeliness_20wk_excl',
	'plans_in_place',
	'requests',
	'refusal_rate',
	'appeals_registered',
	'appeal_rate_new',
] as const;

/** One large headline figure, ready to render. */
export interface HeadlineCard {
	/** The id the at-a-glance sentences link to. */
	id: string;
	row: HeadlineRow;
	label: string;
	value: string;
	/** "245 of 466", for a rate with its counts. */
	counts: string | null;
	period: string;
	/** "England 46.1% · East Midlands 39.0%", or null when neither is published. */
	comparison: string | null;
	/** "Up 36.2 percentage points from 16.4% in calendar year 2024", or why no change is given. */
	direction: string;
	/** True when the direction is a change in percentage points (the first such card explains the term). */
	inPoints: boolean;
	/** "19th fastest of 150", why it is not ranked, or null. */
	rank: string | null;
}

const shown = (row: HeadlineRow, o: HeadlineRow['england']) =>
	o?.figure.status === 'published' ? formatFigure(o.figure, row.measure.unit) : null;

/** The direction of travel in words, never across a break in series or from a missing or doubtful figure. */
export function directionWords(row: HeadlineRow): { text: string; inPoints: boolean } {
	const { change, council: o, measure } = row;
	if (o.doubt) return { text: 'No change given: the figure is doubtful', inPoints: false };
	if (!change) {
		if (o.breakInSeries)
			return {
				text: `No change given: ${periodWords(o.periodKind, o.period)} began a new way of collecting these figures`,
				inPoints: false,
			};
		return { text: 'No earlier figure to compare with', inPoints: false };
	}
	if (change.from.doubt) return { text: 'No change given: the year before is doubtful', inPoints: false };
	const fromWords = formatFigure(change.from.figure, measure.unit);
	const fromPeriod = periodWords(change.from.periodKind, change.from.period);
	const since = `${fromWords} in ${fromPeriod}`;
	// "The same as 0 in calendar year 2024" read as if the figure were zero: name the period first.
	if (change.difference === 0) return { text: `The same as in ${fromPeriod} (${fromWords})`, inPoints: false };
	const way = change.difference > 0 ? 'Up' : 'Down';
	if (measure.unit === 'percent')
		return {
			text: `${way} ${formatPercent(Math.abs(change.difference)).replace('%', '')} percentage points from ${since}`,
			inPoints: true,
		};
	const from = change.from.figure.status === 'published' ? change.from.figure.value : 0;
	const share = from ? (Math.abs(change.difference) / from) * 100 : 0;
	// A change that rounds to 0.0% ("Down 1 (0.0%)") reads as no change at all; say how small it is.
	const relative = !from ? '' : share < 0.05 ? ' (less than 0.1%)' : ` (${formatPercent(share)})`;
	return {
		text: `${way} ${formatNumber(Math.abs(change.difference))}${relative} from ${since}`,
		inPoints: false,
	};
}

/** The headline cards for a council, from its headline rows, in CARD_MEASURES order. */
export function headlineCards(rows: readonly HeadlineRow[], regionName: string): HeadlineCard[] {
	const cards: HeadlineCard[] = [];
	for (const id of CARD_MEASURES) {
		const row = rows.find((r) => r.measure.id === id);
		if (!row) continue;
		const o = row.council;
		const england = shown(row, row.england);
		const region = shown(row, row.region);
		const direction = directionWords(row);
		cards.push({
			id: figureAnchor(id),
			row,
			label: row.measure.shortLabel,
			value: formatFigure(o.figure, row.measure.unit),
			counts:
				o.numerator != null && o.denominator != null
					? `${formatNumber(o.numerator)} of ${formatNumber(o.denominator)}`
					: null,
			period: periodWords(o.periodKind, o.period),
			comparison:
				england || region
					? [england && `England ${england}`, region && `${regionName} ${region}`].filter(Boolean).join(' · ')
					: null,
			direction: direction.text,
			inPoints: direction.inPoints,
			rank: o.doubt
				? 'Not ranked: the figure is doubtful'
				: row.rank
					? rankWords(id, row.rank.rank, row.rank.of, row.measure.shortLabel)
					: row.rankTooFew
						? `Not ranked: only ${row.rankTooFew.of} councils have a figure for ${periodWords(o.periodKind, o.period)} so far`
						: null,
		});
	}
	return cards;
}
