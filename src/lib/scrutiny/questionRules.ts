import type { Council } from '../model/council';
import type { Figure } from '../model/figure';
import type { Observation } from '../model/observation';
import { formatCount } from '../format/formatCount';
import { formatPercent } from '../format/formatPercent';
import { formatPeriod } from '../model/period';
import type { SeedFigure } from '../model/seedFigure';
import type { ScrutinyData } from './scrutinyData';
import { citeObservation, citeSeedFigure, type Citation } from './citation';
import { formatPoints, formatValue } from './formatValue';
import { observationPeriod } from './claimEvidence';
import { claimCard, claimsForCouncil, type ClaimEntry } from './claimCard';

// Questions to ask, generated from a council's own figures. Each rule is a small pure function:
// it looks at one pattern in the data and returns a question, with the figures that prompted it,
// or null. The wording is neutral: a rule says what the figures show and asks; it does not judge.

/** A figure that prompted a question, with its period and source. */
export interface CitedFigure {
	label: string;
	figure: Figure;
	valueText: string;
	period: string;
	citation: Citation;
}

/** A question for councillors to ask, and why. */
export interface Question {
	/** The rule's id, e.g. "timeliness-below-england". */
	id: string;
	text: string;
	/** Why we ask, in a sentence built from the figures. */
	why: string;
	figures: CitedFigure[];
}

/** What every rule can look at. */
export interface RuleContext {
	council: Council;
	data: ScrutinyData;
	/** The claims collection (src/content/claims), passed in so the rules stay pure. */
	claims: readonly ClaimEntry[];
}

/** A rule: an id and a function from a council's data to a question, or null. */
export interface QuestionRule {
	id: string;
	ask: (ctx: RuleContext) => Question | null;
}

const ENGLAND = 'E92000001';

const pct = (value: number) => formatPercent(value);
const valueOf = (o: Observation): number | null => (o.figure.status === 'published' ? o.figure.value : null);

/** An observation as a cited figure, labelled with the area and measure. */
export function citeFigure(o: Observation, areaName: string, data: ScrutinyData): CitedFigure {
	const measure = data.measure(o.measure);
	return {
		label: `${measure.label}: ${areaName}`,
		figure: o.figure,
		valueText: formatValue(o.figure, measure.unit, measure.unit === 'percent' ? { digits: 1 } : {}),
		period: observationPeriod(o),
		citation: citeObservation(o, data.source(o.sourceId)),
	};
}

function citeSeed(s: SeedFigure, data: ScrutinyData): CitedFigure {
	return {
		label: data.seedMeasures().find((m) => m.id === s.measure)?.label ?? s.measure,
		figure: s.value,
		valueText: formatValue(s.value, s.unit, { qualifier: s.qualifier }),
		period: s.period ? formatPeriod(s.period) : 'no date or period stated',
		citation: citeSeedFigure(s, data.source(s.sourceId)),
	};
}

const atPeriod = (series: readonly Observation[], period: string) => series.find((o) => o.period === period);

/** The last n observations, if they are published and in consecutive years; otherwise null. */
function lastConsecutive(series: readonly Observation[], n: number): Observation[] | null {
	const last = series.slice(-n);
	if (last.length < n || last.some((o) => valueOf(o) === null)) return null;
	for (let i = 1; i < last.length; i++) if (Number(last[i]!.period) !== Number(last[i - 1]!.period) + 1) return null;
	return last;
}

/** Timeliness (DfE headline, excluding exceptions) below England in each of the three latest years. */
export const timelinessBelowEngland: QuestionRule = {
	id: 'timeliness-below-england',
	ask: ({ council, data }) => {
		const own = lastConsecutive(data.series('timeliness_20wk_excl', council.onsCode), 3);
		if (!own) return null;
		const england = own.map((o) => atPeriod(data.series('timeliness_20wk_excl', ENGLAND), o.period));
		if (england.some((e) => !e || valueOf(e) === null)) return null;
		if (!own.every((o, i) => valueOf(o)! < valueOf(england[i]!)!)) return null;
		const latest = own.at(-1)!;
		const label = data.measure('timeliness_20wk_excl').label;
		return {
			id: 'timeliness-below-england',
			text: `For three years running, ${council.name} has issued a smaller share of new EHC plans within the statutory time limit than England. What is stopping plans being issued on time, and when will the council reach the England rate?`,
			why: `${label}: ${council.name} was below England in each year from ${own[0]!.period} to ${latest.period} (${pct(valueOf(latest)!)} against ${pct(valueOf(england.at(-1)!)!)} in ${latest.period}).`,
			figures: own.flatMap((o, i) => [citeFigure(o, council.name, data), citeFigure(england[i]!, 'England', data)]),
		};
	},
};

/** Timeliness fell since the year before (never across a break in series). */
export const timelinessFell: QuestionRule = {
	id: 'timeliness-fell',
	ask: ({ council, data }) => {
		const pair = lastConsecutive(data.series('timeliness_20wk_excl', council.onsCode), 2);
		if (!pair) return null;
		const [before, latest] = pair as [Observation, Observation];
		if (latest.breakInSeries || valueOf(latest)! >= valueOf(before)!) return null;
		return {
			id: 'timeliness-fell',
			text: `The share of new EHC plans issued within the statutory time limit fell from ${pct(valueOf(before)!)} in ${before.period} to ${pct(valueOf(latest)!)} in ${latest.period}. What caused the fall, and what is being done about it?`,
			why: `${data.measure('timeliness_20wk_excl').label}: ${council.name} fell by ${formatPoints(valueOf(before)! - valueOf(latest)!)} in a year.`,
			figures: [citeFigure(before, council.name, data), citeFigure(latest, council.name, data)],
		};
	},
};

/**
 * Refusal rate in the highest quarter of councils, in the headline's year (the newest period of
 * the measure). A year ranked for only a handful of councils is not a fair ranking, so no question.
 */
export const refusalRateTopQuartile: QuestionRule = {
	id: 'refusal-rate-top-quartile',
	ask: ({ council, data }) => {
		const o = data.series('refusal_rate', council.onsCode).at(-1);
		if (!o || valueOf(o) === null) return null;
		const rank = data.rank('refusal_rate', o.period, council.onsCode);
		if (!rank || rank.of * 2 < data.councils().length || rank.quartile !== 1) return null;
		const england = atPeriod(data.series('refusal_rate', ENGLAND), o.period);
		return {
			id: 'refusal-rate-top-quartile',
			text: `In ${o.period} ${council.name} turned down ${pct(valueOf(o)!)} of requests for an EHC needs assessment, among the highest quarter of councils. How does the council decide whether to assess, and how many refusals are later overturned on appeal?`,
			why: `${council.name} ranked ${formatCount(rank.rank)} of ${formatCount(rank.of)} councils in ${o.period}, counting from the highest refusal rate${england && valueOf(england) !== null ? `; England's rate was ${pct(valueOf(england)!)}` : ''}. The ranking is context, not a league table: a high rate is not in itself wrong.`,
			figures: [citeFigure(o, council.name, data), ...(england ? [citeFigure(england, 'England', data)] : [])],
		};
	},
};

/**
 * Appeal rate rising: on the MoJ's new method when it has two years (the newer evidence), otherwise
 * on the original method over the three latest years. The two methods are never mixed.
 */
export const appealRateRising: QuestionRule = {
	id: 'appeal-rate-rising',
	ask: ({ council, data }) => {
		const fresh = lastConsecutive(data.series('appeal_rate_new', council.onsCode), 2);
		const rows = fresh ?? lastConsecutive(data.series('appeal_rate_old', council.onsCode), 3);
		if (!rows) return null;
		if (!rows.every((o, i) => i === 0 || valueOf(o)! > valueOf(rows[i - 1]!)!)) return null;
		const first = rows[0]!;
		const latest = rows.at(-1)!;
		const measure = data.measure(latest.measure);
		return {
			id: 'appeal-rate-rising',
			text: `A growing share of ${council.name}'s decisions is being appealed to the SEND Tribunal: ${pct(valueOf(first)!)} in ${first.period}, ${pct(valueOf(latest)!)} in ${latest.period}. Which decisions are appealed, how many appeals does the council lose or concede, and what is it changing as a result?`,
			why: `${measure.label} rose in each year from ${first.period} to ${latest.period}.`,
			figures: rows.map((o) => citeFigure(o, council.name, data)),
		};
	},
};

/** Plans in place grew faster than England's over the five years to the latest January. */
export const plansGrowthAboveEngland: QuestionRule = {
	id: 'plans-growth-above-england',
	ask: ({ council, data }) => {
		const own = data.series('plans_in_place', council.onsCode);
		const latest = own.at(-1);
		if (!latest || valueOf(latest) === null) return null;
		const earlierPeriod = String(Number(latest.period) - 5);
		const earlier = atPeriod(own, earlierPeriod);
		const eng = data.series('plans_in_place', ENGLAND);
		const engLatest = atPeriod(eng, latest.period);
		const engEarlier = atPeriod(eng, earlierPeriod);
		const values = [earlier, engLatest, engEarlier].map((o) => (o ? valueOf(o) : null));
		if (values.some((v) => v === null || v === 0)) return null;
		const growth = (valueOf(latest)! / valueOf(earlier!)! - 1) * 100;
		const englandGrowth = (valueOf(engLatest!)! / valueOf(engEarlier!)! - 1) * 100;
		if (growth <= englandGrowth) return null;
		return {
			id: 'plans-growth-above-england',
			text: `EHC plans maintained by ${council.name} grew by ${pct(growth)} in five years (${observationPeriod(earlier!)} to ${observationPeriod(latest)}), against ${pct(englandGrowth)} in England. Has the council's SEND staffing and budget grown to match, and how are annual reviews keeping up?`,
			why: `Plans in place rose from ${formatCount(valueOf(earlier!)!)} to ${formatCount(valueOf(latest)!)}; England's rose from ${formatCount(valueOf(engEarlier!)!)} to ${formatCount(valueOf(engLatest!)!)}. Growth is calculated from DfE's January counts.`,
			figures: [
				citeFigure(earlier!, council.name, data),
				citeFigure(latest, council.name, data),
				citeFigure(engEarlier!, 'England', data),
				citeFigure(engLatest!, 'England', data),
			],
		};
	},
};

/** Share of new plans issued after more than a year above England's, in the headline's year. */
export const overAYearAboveEngland: QuestionRule = {
	id: 'over-a-year-above-england',
	ask: ({ council, data }) => {
		const latest = data.series('timeliness_over_52wk_incl', council.onsCode).at(-1);
		const england = latest && atPeriod(data.series('timeliness_over_52wk_incl', ENGLAND), latest.period);
		if (!latest || !england || valueOf(latest) === null || valueOf(england) === null) return null;
		if (valueOf(latest)! <= valueOf(england)!) return null;
		return {
			id: 'over-a-year-above-england',
			text: `In ${latest.period}, ${pct(valueOf(latest)!)} of ${council.name}'s new EHC plans were issued more than a year after the request, against ${pct(valueOf(england)!)} in England. How many children are waiting that long now, and what support do they get while they wait?`,
			why: `${data.measure('timeliness_over_52wk_incl').label}: ${council.name} was above England in ${latest.period}.`,
			figures: [citeFigure(latest, council.name, data), citeFigure(england, 'England', data)],
		};
	},
};

/** One of the council's own indicators shown as "Work in progress" (not reported) in a report to scrutiny. */
export const kpiNotReported: QuestionRule = {
	id: 'kpi-not-reported',
	ask: ({ council, data }) => {
		const rows = data.seedFigures().filter((s) => s.areaCode === council.onsCode && s.value.status === 'not_reported');
		if (rows.length === 0) return null;
		const figures = rows.map((s) => citeSeed(s, data));
		const titles = [...new Set(rows.map((s) => data.source(s.sourceId).title))];
		return {
			id: 'kpi-not-reported',
			text: `The council's own SEND indicators in a report to scrutiny left some figures unreported ("Work in progress"): ${figures.map((f) => f.label).join('; ')}. Are they reported now, and what do they show?`,
			why: `${formatCount(rows.length)} of the council's own indicators were not reported in ${titles.join('; ')}. Not reported is not the same as none.`,
			figures,
		};
	},
};

/** A claim about the council marked "not supported by the published figures" (src/content/claims). */
export const claimNotSupported: QuestionRule = {
	id: 'claim-not-supported',
	ask: ({ council, data, claims }) => {
		const unsupported = claimsForCouncil(claims, council.slug).filter(
			(c) => c.data.verdict === 'not supported by the published figures',
		);
		if (unsupported.length === 0) return null;
		const cards = unsupported.map((c) => ({
			card: claimCard(c, data),
			seed: data.seedFigures().find((s) => s.id === c.data.claimFigure),
		}));
		return {
			id: 'claim-not-supported',
			text: `Statements made about ${council.name}'s SEND performance do not match the published figures (see "What the council said, and what the data shows"). Which figures were they based on, and will officers report them beside the official ones in future?`,
			why: cards.map(({ card }) => `"${card.quote}" (${card.who}, ${card.dateText}): ${card.verdictReason}`).join(' '),
			figures: cards.map(({ card, seed }) => ({
				label: `Claimed: ${card.claimed?.label ?? card.measure?.label ?? 'statement'}`,
				figure: seed?.value ?? { status: 'unavailable', value: null },
				valueText: card.claimed?.valueText ?? 'no number given',
				period: card.claimed?.period ?? card.dateText,
				citation: card.quoteCitation,
			})),
		};
	},
};

/**
 * Statements still not transferred at the last January census that counted them (the census
 * weeks before the statutory deadline for transferring every statement).
 */
export const conversionIncomplete: QuestionRule = {
	id: 'conversion-incomplete',
	ask: ({ council, data }) => {
		// The last census with a published England count of statements is the one before the deadline;
		// after it DfE marks statements "not applicable" (data/derived/observations.csv).
		const census = [...data.series('statements_in_place', ENGLAND)].reverse().find((o) => valueOf(o) !== null);
		if (!census) return null;
		const own = atPeriod(data.series('statements_in_place', council.onsCode), census.period);
		if (!own || valueOf(own) === null || valueOf(own)! <= 0) return null;
		return {
			id: 'conversion-incomplete',
			text: `At the ${observationPeriod(own)} census, weeks before the statutory deadline for transferring every statement to an EHC plan, ${council.name} still held ${formatCount(valueOf(own)!)} statements. Were they all transferred in time, and how was the quality of the plans made in those last weeks checked?`,
			why: `${data.measure('statements_in_place').label}: ${formatCount(valueOf(own)!)} in ${council.name} at ${observationPeriod(own)} (England: ${formatCount(valueOf(census)!)}).`,
			figures: [citeFigure(own, council.name, data), citeFigure(census, 'England', data)],
		};
	},
};

/** Every rule, in the order questions are listed. */
export const QUESTION_RULES: readonly QuestionRule[] = [
	timelinessBelowEngland,
	timelinessFell,
	overAYearAboveEngland,
	refusalRateTopQuartile,
	appealRateRising,
	plansGrowthAboveEngland,
	kpiNotReported,
	claimNotSupported,
	conversionIncomplete,
];
