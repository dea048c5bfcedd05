import type { Council } from '../model/council';
import { STATUS_WORDS } from '../model/figure';
import type { Observation } from '../model/observation';
import type { Measure } from '../model/measure';
import { formatCount } from '../format/formatCount';
import { formatFigure } from '../format/formatFigure';
import { formatPercent } from '../format/formatPercent';
import type { ScrutinyData } from './scrutinyData';
import { citeObservation, type Citation } from './citation';
import { observationPeriod } from './claimEvidence';
import { formatPoints } from './formatValue';

/** The headline measures whose change since the year before a councillor sees first. */
export const WHAT_CHANGED_MEASURES = [
	'timeliness_20wk_excl',
	'new_plans',
	'requests',
	'refusal_rate',
	'plans_in_place',
	'appeals_registered',
	'appeal_rate_new',
] as const;

/** The change in one measure since the year before, or why none is given. */
export interface ChangeLine {
	measure: Measure;
	/** change: both years published and comparable; break: a break in series between them; missing: a figure is absent. */
	kind: 'change' | 'break' | 'missing';
	/** The sentence, e.g. "EHC plans in place in January: rose by 171 (4.8%) from January 2024 to January 2025 (3,564 to 3,735)." */
	text: string;
	latest: Observation | null;
	previous: Observation | null;
	/** In the measure's unit: percentage points for a rate, a count for a count. */
	difference: number | null;
	/** For counts: the change as a percentage of the earlier figure; null for rates or from zero. */
	relative: number | null;
	citations: Citation[];
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function shown(o: Observation, m: Measure): string {
	if (o.figure.status !== 'published') return STATUS_WORDS[o.figure.status];
	return formatFigure(o.figure, m.unit);
}

/**
 * The change in one measure from the year before the latest to the latest, never across a break
 * in series and never from a missing value: in those cases the line says so instead.
 */
export function changeLine(
	measure: Measure,
	series: readonly Observation[],
	cite: (o: Observation) => Citation,
): ChangeLine | null {
	const latest = series.at(-1);
	if (!latest) return null;
	const previousPeriod = String(Number(latest.period) - 1);
	const previous = series.find((o) => o.period === previousPeriod) ?? null;
	const p1 = observationPeriod(latest);
	const p0 = previous
		? observationPeriod(previous)
		: latest.periodKind === 'january'
			? `January ${previousPeriod}`
			: previousPeriod;
	const base = { measure, latest, previous, citations: [...(previous ? [previous] : []), latest].map(cite) };
	const none = (kind: 'break' | 'missing', why: string): ChangeLine => ({
		...base,
		kind,
		text: `${measure.label}: no change is given, because ${why}.`,
		difference: null,
		relative: null,
	});

	if (latest.figure.status !== 'published')
		return none(
			'missing',
			`the ${p1} figure is ${STATUS_WORDS[latest.figure.status]}${latest.note ? ` (${latest.note.replace(/\.$/, '')})` : ''}`,
		);
	if (!previous)
		return none('missing', series.length === 1 ? `it was first published for ${p1}` : `there is no figure for ${p0}`);
	if (latest.breakInSeries)
		return none('break', `${p1} starts a new data collection (a break in series), so it cannot be compared with ${p0}`);
	if (previous.figure.status !== 'published')
		return none('missing', `the ${p0} figure is ${STATUS_WORDS[previous.figure.status]}`);

	const from = previous.figure.value;
	const to = latest.figure.value;
	const difference = round1(to - from);
	const relative = measure.unit === 'count' && from !== 0 ? round1(((to - from) / from) * 100) : null;
	const range = `from ${p0} to ${p1} (${shown(previous, measure)} to ${shown(latest, measure)})`;
	if (difference === 0)
		return { ...base, kind: 'change', text: `${measure.label}: no change ${range}.`, difference, relative };
	const size = measure.unit === 'percent' ? formatPoints(Math.abs(difference)) : formatCount(Math.abs(difference));
	const rel = relative === null ? '' : ` (${formatPercent(Math.abs(relative))})`;
	return {
		...base,
		kind: 'change',
		text: `${measure.label}: ${difference > 0 ? 'rose' : 'fell'} by ${size}${rel} ${range}.`,
		difference,
		relative,
	};
}

/** What changed since the year before, for each headline measure the council has figures for. */
export function whatChanged(
	council: Council,
	data: Pick<ScrutinyData, 'measure' | 'series' | 'source'>,
	measures: readonly string[] = WHAT_CHANGED_MEASURES,
): ChangeLine[] {
	const cite = (o: Observation) => citeObservation(o, data.source(o.sourceId));
	return measures.flatMap((id) => {
		const line = changeLine(data.measure(id), data.series(id, council.onsCode), cite);
		return line ? [line] : [];
	});
}
