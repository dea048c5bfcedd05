import type { Council } from '../model/council';
import type { Figure } from '../model/figure';
import { formatPeriod } from '../model/period';
import type { LgscoOutcome } from '../sources/lgscoDecisions';
import type { ScrutinyData } from './scrutinyData';
import { sumFigures } from './claimEvidence';
import { citeRow, type Citation } from './citation';
import { formatValue, type ValueUnit } from './formatValue';
import { fileLine } from '../format/fileLine';

// The decisions file is a sample found by searching (lgsco_decisions_derby_derbyshire_sample.csv.source.txt):
// "It cannot be used to count or rate decisions; use it to cite examples."
export const SAMPLE_CAVEAT =
	'A sample of decisions found, not a count: the Ombudsman publishes many decisions, and these are the ones found by searching. They show examples; they cannot show how many decisions there were.';

/** A figure with its printed text; an LGSCO figure that was not seen reads "not seen", never 0. */
export interface ShownFigure {
	figure: Figure;
	text: string;
}

/** One financial year of the LGSCO's statistics for a council. */
export interface OmbudsmanYear {
	period: string;
	scope: string;
	investigated: ShownFigure;
	upheld: ShownFigure;
	upheldPct: ShownFigure;
	similarUpheldPct: ShownFigure;
	/** How the upheld rate compares with similar authorities' average, in words; null when either is not seen. */
	comparison: 'the same as' | 'higher than' | 'lower than' | null;
	compliancePct: ShownFigure;
	similarCompliancePct: ShownFigure;
	satisfactoryRemedyPct: ShownFigure;
	similarSatisfactoryRemedyPct: ShownFigure;
	citation: Citation;
}

/** One sampled decision. */
export interface OmbudsmanDecision {
	caseRef: string;
	outcome: string;
	/** Set when the page header was not seen and the outcome was read from the decision's summary. */
	outcomeNote: string | null;
	dateText: string;
	remedy: string;
	payment: ShownFigure | null;
	summary: string;
	url: string;
	citation: Citation;
}

/** What the Ombudsman panel shows for a council. */
export interface OmbudsmanSummary {
	council: Council;
	years: OmbudsmanYear[];
	decisions: OmbudsmanDecision[];
	/** Payments added up only where a decision states an amount. */
	payments: { total: ShownFigure | null; stated: number; of: number; text: string };
	caveat: string;
}

const OUTCOME_WORDS: Record<LgscoOutcome, string> = {
	upheld: 'Upheld',
	not_upheld: 'Not upheld',
	closed_after_initial_enquiries: 'Closed after initial enquiries',
	fault_found: 'Fault found',
	not_investigated: 'Not investigated',
};

const shown = (figure: Figure, unit: ValueUnit): ShownFigure => ({
	figure,
	text: formatValue(figure, unit, { digits: 0, absentWords: 'not seen' }),
});

function compare(a: Figure, b: Figure): OmbudsmanYear['comparison'] {
	if (a.status !== 'published' || b.status !== 'published') return null;
	return a.value === b.value ? 'the same as' : a.value > b.value ? 'higher than' : 'lower than';
}

/**
 * The LGSCO statistics and sampled decisions for a council, or null when the site holds neither.
 * Missing statistics ("not seen" in the stored page) stay missing; payments are summed only where
 * a decision states an amount, and the sum carries the sample caveat.
 */
export function ombudsmanSummary(
	council: Council,
	data: Pick<ScrutinyData, 'lgscoStats' | 'lgscoDecisions' | 'source'>,
): OmbudsmanSummary | null {
	const stats = data
		.lgscoStats()
		.filter((r) => r.dfeCode === council.dfeCode)
		.sort((a, b) => a.period.startYear - b.period.startYear);
	const sample = data.lgscoDecisions().filter((d) => d.dfeCode === council.dfeCode);
	if (stats.length === 0 && sample.length === 0) return null;

	const statsSource = data.source('lgsco-council-statistics');
	const years: OmbudsmanYear[] = stats.map((r) => ({
		period: formatPeriod(r.period),
		scope: r.scope,
		investigated: shown(r.investigated, 'count'),
		upheld: shown(r.upheld, 'count'),
		upheldPct: shown(r.upheldPct, 'percent'),
		similarUpheldPct: shown(r.similarAuthoritiesAvgUpheldPct, 'percent'),
		comparison: compare(r.upheldPct, r.similarAuthoritiesAvgUpheldPct),
		compliancePct: shown(r.compliancePct, 'percent'),
		similarCompliancePct: shown(r.similarAuthoritiesAvgCompliancePct, 'percent'),
		satisfactoryRemedyPct: shown(r.satisfactoryRemedyPctOfUpheld, 'percent'),
		similarSatisfactoryRemedyPct: shown(r.similarAuthoritiesAvgSatisfactoryRemedyPct, 'percent'),
		citation: citeRow(statsSource, r.url, fileLine(statsSource.file, r.line)),
	}));

	const sampleSource = data.source('lgsco-decisions-sample');
	// Newest first; decisions with no date given go last, in file order.
	const ordered = [...sample].sort(
		(a, b) => (b.decisionDate ?? '').localeCompare(a.decisionDate ?? '') || a.line - b.line,
	);
	const decisions: OmbudsmanDecision[] = ordered.map((d) => ({
		caseRef: d.caseRef,
		outcome: OUTCOME_WORDS[d.outcome],
		outcomeNote: d.outcomeInferred ? "outcome read from the decision's summary, as the page gave none" : null,
		dateText: d.decisionDate ? formatPeriod({ kind: 'date', date: d.decisionDate }) : 'no date given',
		remedy: d.remedyAsStated === '' ? 'none stated' : d.remedyAsStated,
		payment: d.paymentGbp === null ? null : shown({ status: 'published', value: d.paymentGbp }, 'gbp'),
		summary: d.summaryParaphrase,
		url: d.url,
		citation: citeRow(sampleSource, d.url, fileLine(sampleSource.file, d.line)),
	}));

	const stated = decisions.flatMap((d) => (d.payment ? [d.payment.figure] : []));
	const total = stated.length > 0 ? shown(sumFigures(stated), 'gbp') : null;
	const text = total
		? `${total.text} in the ${stated.length} of ${decisions.length} sampled decisions that state an amount. Decisions that do not state one are left out, not counted as nothing.`
		: `None of the ${decisions.length} sampled decisions states an amount, so there is nothing to add up.`;
	return {
		council,
		years,
		decisions,
		payments: { total, stated: stated.length, of: decisions.length, text },
		caveat: SAMPLE_CAVEAT,
	};
}
