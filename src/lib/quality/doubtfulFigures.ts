import type { Observation } from '../model/observation';
import type { QualityRule } from '../sources/qualityRules';
import type { CodeCorrection } from '../sources/codeCorrections';
import type { Council } from '../model/council';
import { formatCount } from '../format/formatCount';
import { formatPercent } from '../format/formatPercent';
import { periodWords } from '../format/periodWords';

/** A figure a data-quality rule caught: which figure, which rule, and what the rule found. */
export interface Doubt {
	measure: string;
	areaCode: string;
	period: string;
	/** The id of the rule in data/reference/quality-rules.csv. */
	rule: string;
	/** What the rule found, in words with the numbers, e.g. "4,410 in calendar year 2024, fewer than …". */
	detail: string;
}

interface Context {
	rules: readonly QualityRule[];
	corrections: readonly CodeCorrection[];
	councils: readonly Council[];
	/** Short lower-case labels of measures ("plans in place"), for the words of a finding. */
	labels: ReadonlyMap<string, string>;
}

type Published = Observation & { figure: { status: 'published'; value: number } };
const isPublished = (o: Observation | undefined): o is Published => o?.figure.status === 'published';
const key = (measure: string, areaCode: string, period: string) => `${measure}|${areaCode}|${period}`;
const when = (o: Observation) => periodWords(o.periodKind, o.period);
const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** fewer_than: a count smaller than another count it is meant to include (same area, same year). */
function fewerThan(rule: QualityRule, figures: readonly Published[], index: Map<string, Observation>, ctx: Context) {
	const found: Doubt[] = [];
	for (const o of figures) {
		const other = index.get(key(rule.compareMeasure ?? '', o.areaCode, String(Number(o.period) + rule.compareOffset)));
		if (!isPublished(other) || o.figure.value >= other.figure.value) continue;
		found.push({
			measure: o.measure,
			areaCode: o.areaCode,
			period: o.period,
			rule: rule.id,
			detail: `${formatCount(o.figure.value)} in ${when(o)}, fewer than the ${formatCount(other.figure.value)} ${ctx.labels.get(other.measure) ?? other.measure} in ${when(other)}`,
		});
	}
	return found;
}

/** yearly_change: a count that moved by more than the threshold from the year before. */
function yearlyChange(rule: QualityRule, figures: readonly Published[], index: Map<string, Observation>) {
	const found: Doubt[] = [];
	for (const o of figures) {
		if (Number(o.period) < (rule.fromYear ?? -Infinity)) continue;
		const before = index.get(key(o.measure, o.areaCode, String(Number(o.period) - 1)));
		if (!isPublished(before) || before.figure.value === 0) continue;
		if (Math.max(before.figure.value, o.figure.value) < (rule.minCount ?? 0)) continue;
		const change = ((o.figure.value - before.figure.value) / before.figure.value) * 100;
		if (Math.abs(change) <= (rule.threshold ?? Infinity)) continue;
		found.push({
			measure: o.measure,
			areaCode: o.areaCode,
			period: o.period,
			rule: rule.id,
			detail: `${change > 0 ? 'rose' : 'fell'} from ${formatCount(before.figure.value)} in ${when(before)} to ${formatCount(o.figure.value)} in ${when(o)}, ${change > 0 ? 'up' : 'down'} ${formatPercent(Math.abs(change))}`,
		});
	}
	return found;
}

/** zero_of: a count of zero out of a large count it is part of (no refusals among hundreds of requests). */
function zeroOf(rule: QualityRule, figures: readonly Published[], index: Map<string, Observation>, ctx: Context) {
	const found: Doubt[] = [];
	for (const o of figures) {
		if (o.figure.value !== 0) continue;
		const other = index.get(key(rule.compareMeasure ?? '', o.areaCode, String(Number(o.period) + rule.compareOffset)));
		if (!isPublished(other) || other.figure.value < (rule.minCount ?? Infinity)) continue;
		found.push({
			measure: o.measure,
			areaCode: o.areaCode,
			period: o.period,
			rule: rule.id,
			detail: `none in ${when(o)}, out of ${formatCount(other.figure.value)} ${ctx.labels.get(other.measure) ?? other.measure} in ${when(other)}`,
		});
	}
	return found;
}

/** uncertain_correction: figures from a corrected row in a year the correction marks uncertain. */
function uncertainCorrection(rule: QualityRule, figures: readonly Observation[], ctx: Context) {
	const found: Doubt[] = [];
	const byDfe = new Map(ctx.councils.map((c) => [c.dfeCode, c]));
	for (const correction of ctx.corrections) {
		if (correction.uncertainPeriods.length === 0) continue;
		const council = byDfe.get(correction.correctCode);
		if (!council) continue;
		for (const o of figures) {
			if (o.areaCode !== council.onsCode || baseName(o.file) !== correction.file) continue;
			if (!correction.uncertainPeriods.includes(o.period)) continue;
			found.push({
				measure: o.measure,
				areaCode: o.areaCode,
				period: o.period,
				rule: rule.id,
				detail: `the publisher printed ${council.name}'s code as ${correction.publishedCode || 'nothing'}; the site uses ${correction.correctCode}, but the ${when(o)} figures may be another council's`,
			});
		}
	}
	return found;
}

/**
 * Applies the data-quality rules to councils' figures and returns every figure a rule caught,
 * plus the figures worked out from one (a rule's "also" measures, same council and year).
 * A figure may be caught by more than one rule; each catch is listed.
 */
export function doubtfulFigures(observations: readonly Observation[], ctx: Context): Doubt[] {
	const councilFigures = observations.filter((o) => o.areaType === 'council');
	const index = new Map(councilFigures.map((o) => [key(o.measure, o.areaCode, o.period), o]));
	const doubts: Doubt[] = [];
	for (const rule of ctx.rules) {
		const checked = councilFigures.filter((o) => rule.measures.includes(o.measure));
		const published = checked.filter(isPublished);
		const caught =
			rule.kind === 'fewer_than'
				? fewerThan(rule, published, index, ctx)
				: rule.kind === 'yearly_change'
					? yearlyChange(rule, published, index)
					: rule.kind === 'zero_of'
						? zeroOf(rule, published, index, ctx)
						: uncertainCorrection(rule, checked, ctx);
		doubts.push(...caught);
		for (const d of caught) {
			for (const measure of rule.also) {
				if (!index.has(key(measure, d.areaCode, d.period))) continue;
				doubts.push({
					measure,
					areaCode: d.areaCode,
					period: d.period,
					rule: rule.id,
					detail: `worked out from ${ctx.labels.get(d.measure) ?? d.measure}: ${d.detail}`,
				});
			}
		}
	}
	const order = new Map(ctx.rules.map((r, i) => [r.id, i]));
	const seen = new Set<string>();
	return doubts
		.filter((d) => {
			const k = `${key(d.measure, d.areaCode, d.period)}|${d.rule}`;
			if (seen.has(k)) return false;
			seen.add(k);
			return true;
		})
		.sort(
			(a, b) =>
				(order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0) ||
				a.areaCode.localeCompare(b.areaCode) ||
				a.measure.localeCompare(b.measure) ||
				a.period.localeCompare(b.period),
		);
}

/** The keys ("measure|area|period") of every doubtful figure, to leave them out of ranks. */
export const doubtKeys = (doubts: readonly Doubt[]): Set<string> =>
	new Set(doubts.map((d) => key(d.measure, d.areaCode, d.period)));

export { key as doubtKey };
