import type { Council } from '../model/council';
import type { Observation } from '../model/observation';
import { STATUS_WORDS } from '../model/figure';
import { formatCount } from '../format/formatCount';
import { formatPercent } from '../format/formatPercent';
import { periodWords } from '../format/periodWords';
import type { SiteData } from './siteData';

// The "at a glance" sentences at the top of a council page and on its one-sheet briefing
// (issue 9, item 1): three or four plain sentences, each made by a rule below from the data,
// never typed. Every number in them is a part of its own, so a page can link it to its row.

/** What the rules read, injected so the module stays pure and testable. */
/** What the at-a-glance sentences read from the site's data; without isDoubtful no figure is doubted. */
export type GlanceData = Pick<SiteData, 'series' | 'neighbours'> & Partial<Pick<SiteData, 'isDoubtful'>>;

/** A number in a sentence: its text and the measure whose row on the page shows it. */
export interface GlanceFigure {
	kind: 'figure';
	text: string;
	measure: string;
	/** Where the number links: the measure's row in the headline figures. */
	href: string;
}

export type GlancePart = { kind: 'text'; text: string } | GlanceFigure;

/** One sentence: its parts (text and linked numbers), and the same as plain text. */
export interface GlanceSentence {
	topic: 'timeliness' | 'direction' | 'demand' | 'appeals';
	parts: GlancePart[];
	text: string;
}

export interface GlanceOptions {
	/** Where a number for a measure links; by default its headline row on the same page. */
	href?: (measure: string) => string;
}

export const ENGLAND = 'E92000001';

/** The id of a measure's row in the headline figures, which the sentences link to. */
export const figureAnchor = (measure: string): string => `figure-${measure}`;

/** Fewer neighbours with a figure than this and no neighbour comparison is made. */
export const MIN_NEIGHBOURS = 5;

/** A rate within this many percentage points of another is "close to" it, not above or below. */
export const CLOSE_POINTS = 1;

const isPublished = (o: Observation | undefined | null): o is Observation & { figure: { value: number } } =>
	o?.figure.status === 'published';

/** The middle value of a list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of the neighbours' published, undoubted figures for a period, and how many had one. */
export function neighbourMedian(
	council: Council,
	measure: string,
	period: string,
	data: GlanceData,
): { value: number; count: number; of: number } | null {
	const neighbours = data.neighbours(council);
	const values = neighbours
		.map((n) => data.series(measure, n.onsCode).find((o) => o.period === period))
		.filter(isPublished)
		.filter((o) => !data.isDoubtful?.(o))
		.map((o) => o.figure.value);
	const value = median(values);
	if (value === null || values.length < MIN_NEIGHBOURS) return null;
	return { value: Math.round(value * 10) / 10, count: values.length, of: neighbours.length };
}

/** "above", "below" or "close to": how a rate sits against another, in words. */
export function comparedWith(value: number, other: number): 'above' | 'below' | 'close to' {
	if (Math.abs(value - other) < CLOSE_POINTS) return 'close to';
	return value > other ? 'above' : 'below';
}

/** Builds a sentence from text and numbers, keeping a plain-text copy. */
class Sentence {
	readonly parts: GlancePart[] = [];
	constructor(private readonly href: (measure: string) => string) {}
	text(text: string): this {
		this.parts.push({ kind: 'text', text });
		return this;
	}
	figure(text: string, measure: string): this {
		this.parts.push({ kind: 'figure', text, measure, href: this.href(measure) });
		return this;
	}
	done(topic: GlanceSentence['topic']): GlanceSentence {
		return { topic, parts: this.parts, text: this.parts.map((p) => p.text).join('') };
	}
}

const pct = (o: { figure: { value: number } }) => formatPercent(o.figure.value);
const cnt = (o: { figure: { value: number } }) => formatCount(o.figure.value);
const inPeriod = (o: Observation) => periodWords(o.periodKind, o.period);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const samePeriod = (list: Observation[], period: string) => list.find((o) => o.period === period);

function absentWords(o: Observation, doubtful: boolean): string {
	return doubtful ? 'doubtful (see the caution beside it below)' : STATUS_WORDS[o.figure.status as 'unavailable'];
}

const TIMELINESS = 'timeliness_20wk_excl';

/** Sentence 1: the newest timeliness figure against England, the region and the neighbours. */
function timeliness(council: Council, data: GlanceData, href: (m: string) => string): GlanceSentence | null {
	const latest = data.series(TIMELINESS, council.onsCode).at(-1);
	if (!latest) return null;
	const s = new Sentence(href);
	const doubtful = data.isDoubtful?.(latest) ?? false;
	if (!isPublished(latest) || doubtful)
		return s
			.text(
				`${council.name}'s share of new EHC plans issued within the 20-week limit in ${inPeriod(latest)} is ${absentWords(latest, doubtful)}.`,
			)
			.done('timeliness');
	s.text(`In ${inPeriod(latest)} ${council.name} issued `)
		.figure(pct(latest), TIMELINESS)
		.text(' of new EHC plans within the 20-week legal limit');
	if (latest.numerator != null && latest.denominator != null)
		s.text(` (${formatCount(latest.numerator)} of the ${formatCount(latest.denominator)} plans the limit applies to)`);
	const against: [string, Observation | undefined][] = [
		['England', samePeriod(data.series(TIMELINESS, ENGLAND), latest.period)],
		[council.regionName, samePeriod(data.series(TIMELINESS, council.regionCode), latest.period)],
	];
	const shown = against.filter((a): a is [string, Observation & { figure: { value: number } }] => isPublished(a[1]));
	shown.forEach(([name, o], i) => {
		s.text(i === 0 ? ': ' : i === shown.length - 1 ? ' and ' : ', ')
			.text(`${comparedWith(latest.figure.value, o.figure.value)} ${name} (`)
			.figure(pct(o), TIMELINESS)
			.text(')');
	});
	const neighbours = neighbourMedian(council, TIMELINESS, latest.period, data);
	if (neighbours) {
		s.text(
			`${shown.length ? ';' : ':'} ${comparedWith(latest.figure.value, neighbours.value)} the middle of its ${neighbours.count} statistical neighbours with a figure (`,
		)
			.figure(formatPercent(neighbours.value), TIMELINESS)
			.text(')');
	}
	return s.text('.').done('timeliness');
}

/** Sentence 2: which way timeliness is moving, never across a break in series or a doubtful figure. */
function direction(council: Council, data: GlanceData, href: (m: string) => string): GlanceSentence | null {
	const series = data.series(TIMELINESS, council.onsCode);
	const latest = series.at(-1);
	if (!isPublished(latest) || data.isDoubtful?.(latest)) return null;
	const previous = samePeriod(series, String(Number(latest.period) - 1));
	const s = new Sentence(href);
	if (latest.breakInSeries)
		return s
			.text(
				`${capitalise(inPeriod(latest))} began a new way of collecting these figures, so it is not compared with the year before.`,
			)
			.done('direction');
	if (!isPublished(previous) || data.isDoubtful?.(previous)) return null;
	const d = latest.figure.value - previous.figure.value;
	const move =
		d === 0 ? 'the same as' : Math.abs(d) < CLOSE_POINTS ? 'about the same as' : d > 0 ? 'up from' : 'down from';
	s.text(`That is ${move} `)
		.figure(pct(previous), TIMELINESS)
		.text(` in ${inPeriod(previous)}`);
	const before = samePeriod(series, String(Number(previous.period) - 1));
	if (
		Math.abs(d) >= CLOSE_POINTS &&
		isPublished(before) &&
		!previous.breakInSeries &&
		!data.isDoubtful?.(before) &&
		Math.sign(previous.figure.value - before.figure.value) === Math.sign(d) &&
		Math.abs(previous.figure.value - before.figure.value) >= CLOSE_POINTS
	)
		s.text(`, the second year in a row it has ${d > 0 ? 'risen' : 'fallen'}`);
	return s.text('.').done('direction');
}

/** The change in a count from the year before: the difference, and as a share of the earlier figure; or null. */
function relativeChange(
	series: Observation[],
	latest: Observation,
	data: GlanceData,
): { share: number; difference: number } | null {
	const previous = samePeriod(series, String(Number(latest.period) - 1));
	if (!isPublished(latest) || !isPublished(previous) || previous.figure.value === 0) return null;
	if (latest.breakInSeries || data.isDoubtful?.(previous)) return null;
	const difference = latest.figure.value - previous.figure.value;
	return { share: (difference / previous.figure.value) * 100, difference };
}

// A change too small to show as a percentage is given as a count, so "3,735 → 3,734" reads "1 fewer", not "the same".
const changeWords = ({ share, difference }: { share: number; difference: number }) =>
	difference === 0
		? 'the same as a year before'
		: Math.abs(share) < 0.05
			? `${formatCount(Math.abs(difference))} ${difference > 0 ? 'more' : 'fewer'} than a year before`
			: `${formatPercent(Math.abs(share))} ${share > 0 ? 'more' : 'fewer'} than a year before`;

/** Sentence 3: demand, plans in place and their change, then requests and the refusal rate. */
function demand(council: Council, data: GlanceData, href: (m: string) => string): GlanceSentence | null {
	const s = new Sentence(href);
	const plans = data.series('plans_in_place', council.onsCode);
	const latestPlans = plans.at(-1);
	let said = false;
	if (isPublished(latestPlans) && !data.isDoubtful?.(latestPlans)) {
		s.text(`${council.name} maintained `)
			.figure(cnt(latestPlans), 'plans_in_place')
			.text(` EHC plans in ${inPeriod(latestPlans)}`);
		const change = relativeChange(plans, latestPlans, data);
		if (change !== null) {
			s.text(', ').figure(changeWords(change), 'plans_in_place');
			const englandSeries = data.series('plans_in_place', ENGLAND);
			const england = samePeriod(englandSeries, latestPlans.period);
			const englandChange = england ? relativeChange(englandSeries, england, data) : null;
			if (englandChange !== null)
				s.text(' (England: ')
					.figure(changeWords(englandChange).replace(/ than a year before$/, ''), 'plans_in_place')
					.text(')');
		}
		said = true;
	} else if (latestPlans) {
		s.text(
			`${council.name}'s count of EHC plans in ${inPeriod(latestPlans)} is ${absentWords(latestPlans, data.isDoubtful?.(latestPlans) ?? false)}`,
		);
		said = true;
	}
	const requests = data.series('requests', council.onsCode).at(-1);
	const refusal = requests ? samePeriod(data.series('refusal_rate', council.onsCode), requests.period) : undefined;
	if (isPublished(requests) && !data.isDoubtful?.(requests)) {
		s.text(said ? `; in ${inPeriod(requests)} it received ` : `In ${inPeriod(requests)} ${council.name} received `)
			.figure(cnt(requests), 'requests')
			.text(' requests for an EHC needs assessment');
		if (isPublished(refusal) && !data.isDoubtful?.(refusal)) {
			s.text(' and refused ').figure(pct(refusal), 'refusal_rate').text(' of them');
			const england = samePeriod(data.series('refusal_rate', ENGLAND), refusal.period);
			if (isPublished(england)) s.text(' (England ').figure(pct(england), 'refusal_rate').text(')');
		}
		said = true;
	}
	return said ? s.text('.').done('demand') : null;
}

/** Sentence 4: appeals to the SEND Tribunal and the appeal rate against England. */
function appeals(council: Council, data: GlanceData, href: (m: string) => string): GlanceSentence | null {
	const appealsSeries = data.series('appeals_registered', council.onsCode);
	const latest = appealsSeries.at(-1);
	if (!isPublished(latest) || data.isDoubtful?.(latest)) return null;
	const s = new Sentence(href);
	s.text(`In ${inPeriod(latest)} families registered `)
		.figure(cnt(latest), 'appeals_registered')
		.text(` appeal${latest.figure.value === 1 ? '' : 's'} against ${council.name}'s decisions with the SEND Tribunal`);
	const rate = samePeriod(data.series('appeal_rate_new', council.onsCode), latest.period);
	if (rate && (data.isDoubtful?.(rate) ?? false))
		s.text(
			'; the share of its decisions appealed is not given, because the published count of its decisions is doubtful',
		);
	else if (isPublished(rate)) {
		s.text(', ').figure(pct(rate), 'appeal_rate_new').text(' of the decisions families could appeal');
		const england = samePeriod(data.series('appeal_rate_new', ENGLAND), rate.period);
		if (isPublished(england)) s.text(' (England ').figure(pct(england), 'appeal_rate_new').text(')');
	}
	return s.text('.').done('appeals');
}

/**
 * The at-a-glance sentences for a council, in reading order: timeliness against England, the
 * region and the statistical neighbours; its direction; demand; appeals. A sentence whose
 * figures are missing is left out rather than guessed, so a council may get fewer than four.
 */
export function atAGlance(council: Council, data: GlanceData, options: GlanceOptions = {}): GlanceSentence[] {
	const href = options.href ?? ((measure: string) => `#${figureAnchor(measure)}`);
	return [timeliness, direction, demand, appeals]
		.map((rule) => rule(council, data, href))
		.filter((s): s is GlanceSentence => s !== null);
}
