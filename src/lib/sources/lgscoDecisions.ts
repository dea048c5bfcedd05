import { z } from 'zod';
import { dfeLaCode, requiredText } from '../csv/cells';
import { readValidatedTable } from '../csv/readValidatedTable';
import { parseIsoDate } from '../model/period';
import { got, type Parsed } from '../problems';

// The LGSCO decision samples share one format: data/raw/lgsco/lgsco_decisions_derby_derbyshire_sample.csv
// (22 Derby and Derbyshire decisions) and data/raw/lgsco-councils/lgsco_send_decisions_sample_more_councils.csv
// (46 across 31 councils), each with a .source.txt. A non-exhaustive sample: use it to cite
// examples, never to count or rate decisions. The "_as_shown" columns are the decision's header as
// printed; "(not shown)" (first file) or "(not recorded)" (second) where the copy read lacked the
// header, and then decision_inferred_from_summary says what the summary says instead.

/** The LGSCO outcome of a decision, in the words the site uses. */
export type LgscoOutcome =
	'upheld' | 'not_upheld' | 'closed_after_initial_enquiries' | 'fault_found' | 'not_investigated';

/** What the row's address points at: the decision itself, the Ombudsman's education listing, or another site's copy. */
export type LgscoLinkKind = 'decision' | 'listing' | 'copy';

/**
 * The remedy cell, classified: amounts stated; a payment named without its amount; other words;
 * "none" as published; nothing recorded; or an empty cell (the first file leaves closed and not
 * upheld decisions blank).
 */
export type LgscoRemedyKind = 'amounts' | 'amount_not_held' | 'described' | 'none' | 'not_recorded' | 'blank';

/** One LGSCO decision, its text columns kept as published. */
export interface LgscoDecisionRow {
	line: number;
	council: string;
	dfeCode: string;
	/** LGSCO case reference as printed, e.g. "24 017 807". */
	caseRef: string;
	categoryAsShown: string;
	outcome: LgscoOutcome;
	/** The decision in the page header, or the file's marker for a header not recorded. */
	outcomeAsShown: string;
	/** True when the header was not recorded and the outcome comes from the decision's summary. */
	outcomeInferred: boolean;
	/** What the summary says, when the outcome was inferred; otherwise null. */
	outcomeInferredFrom: string | null;
	/** True when the Ombudsman issued the decision as a public report ("Upheld (Report)"). */
	publicReport: boolean;
	/** ISO date of the decision, or null when the header was not recorded. */
	decisionDate: string | null;
	decisionDateAsShown: string;
	/** Each amount in pounds the remedy cell states, e.g. [500, 3000, 100]; empty when none is stated. */
	amountsGbp: number[];
	/** The stated amounts added up, or null when none is stated. */
	paymentGbp: number | null;
	/** The remedy cell as published. */
	remedyAsStated: string;
	remedyKind: LgscoRemedyKind;
	/** The remedy in the file's words without its note on a missing amount, e.g. "symbolic payment"; "" when there is none. */
	remedyWords: string;
	/** The project team's paraphrase of the summary, not the Ombudsman's words. */
	summaryParaphrase: string;
	url: string;
	linkKind: LgscoLinkKind;
}

// The two files' markers for a header the copy read did not include.
const NOT_RECORDED = ['(not shown)', '(not recorded)'];

// The decisions as the LGSCO prints them in a page header ("Decision: Upheld"); the education
// listing adds the kind of decision in brackets (a decision statement or a public report).
const SHOWN_OUTCOMES: Record<string, LgscoOutcome> = {
	Upheld: 'upheld',
	'Upheld (Statement)': 'upheld',
	'Upheld (Report)': 'upheld',
	'Not upheld': 'not_upheld',
	'Closed after initial enquiries': 'closed_after_initial_enquiries',
};

// What an inferred note may start with; the rest (e.g. "(summary says 'We upheld')") is the
// evidence and is kept in outcomeInferredFrom. "Fault found" is not a header decision: it is what a
// summary says when the header is missing, so it stays its own outcome.
const INFERRED_OUTCOMES: readonly [RegExp, LgscoOutcome][] = [
	[/^Upheld\b/, 'upheld'],
	[/^Not upheld\b/, 'not_upheld'],
	[/^Closed after initial enquiries\b/, 'closed_after_initial_enquiries'],
	[/^Fault found\b/, 'fault_found'],
	[/^Not investigated\b/, 'not_investigated'],
];

// An amount as printed, e.g. "£1,000" or "£2,300.50".
const AMOUNT = /£(\d{1,3}(?:,\d{3})+|\d+)(\.\d{2})?(?![\d,])/g;
// The files' note that a payment is named but its amount was not in the copy read.
const AMOUNT_NOT_HELD = /\s*\(?(?:[a-z ]+;\s*)?amount not (?:recorded here|in excerpt|in listing)\)?$/;
const REMEDY_NOT_RECORDED = ['(not recorded)', '(not in excerpt)', '(not in listing)'];

const LGO = /^https:\/\/(?:www\.)?lgo\.org\.uk\//;
const DECISION_PATH = /^https:\/\/(?:www\.)?lgo\.org\.uk\/decisions\/[a-z-]+\/[a-z-]+\/\d{2}-\d{3}-\d{3}$/;
const LISTING = /^https:\/\/(?:www\.)?lgo\.org\.uk\/decisions\/education(?:\?[^\s]*)?$/;

/** The columns of the LGSCO decisions samples, read from string cells. */
export const LgscoDecisionCellsSchema = z.object({
	council: requiredText(),
	old_la_code: dfeLaCode(),
	case_ref: z
		.string()
		.trim()
		.regex(/^\d{2} \d{3} \d{3}$/, { message: 'expected an LGSCO case reference such as 24 017 807' }),
	category_as_shown: requiredText(),
	decision_as_shown: requiredText(),
	decision_date_as_shown: requiredText(),
	decision_inferred_from_summary: z.string(),
	financial_remedy_stated_in_excerpt: z.string(),
	summary_paraphrase: requiredText(),
	url: z
		.string()
		.trim()
		.regex(/^https:\/\/\S+$/, { message: 'expected the https address the decision was read from' }),
});

/** Classifies a remedy cell; an error message when it holds figures that are not amounts. */
function readRemedy(cell: string): { kind: LgscoRemedyKind; amounts: number[]; words: string } | { error: string } {
	const text = cell.trim();
	if (text === '') return { kind: 'blank', amounts: [], words: '' };
	if (text.toLowerCase() === 'none') return { kind: 'none', amounts: [], words: '' };
	if (REMEDY_NOT_RECORDED.includes(text)) return { kind: 'not_recorded', amounts: [], words: '' };
	const amounts = [...text.matchAll(AMOUNT)].map((m) => Number(`${(m[1] ?? '').replaceAll(',', '')}${m[2] ?? ''}`));
	// Figures outside a pounds amount ("about 500", "2300") would need a reading: a problem for a
	// person, never a guess.
	if (/\d/.test(text.replaceAll(AMOUNT, '')))
		return { error: 'an amount must be written in pounds, e.g. £1,000; any other figures belong in the summary' };
	if (amounts.length > 0) return { kind: 'amounts', amounts, words: text };
	if (AMOUNT_NOT_HELD.test(text)) {
		const words = text.replace(AMOUNT_NOT_HELD, '').replace(/^\(/, '').trim();
		return { kind: 'amount_not_held', amounts: [], words };
	}
	return { kind: 'described', amounts: [], words: text };
}

/** Parses an LGSCO decisions sample: outcome normalised, date checked, amounts only where stated, address checked against the case. */
export function parseLgscoDecisions(text: string, file: string): Parsed<LgscoDecisionRow> {
	const validated = readValidatedTable(text, file, LgscoDecisionCellsSchema);
	const { problems } = validated;
	const rows: LgscoDecisionRow[] = [];
	const seen = new Map<string, number>();
	const codeOf = new Map<string, { code: string; line: number }>();

	for (const { line, row: r } of validated.rows) {
		const before = problems.length;
		const problem = validated.at(line);

		const shown = r.decision_as_shown;
		const notRecorded = NOT_RECORDED.includes(shown);
		const inferredText = r.decision_inferred_from_summary.trim();
		let outcome: LgscoOutcome | undefined;
		if (notRecorded) {
			outcome = INFERRED_OUTCOMES.find(([pattern]) => pattern.test(inferredText))?.[1];
			if (!outcome) {
				problem(
					'decision_inferred_from_summary',
					`the header decision was not shown, so this must start with Upheld, Not upheld, Closed after initial enquiries, Fault found or Not investigated ${got(r.decision_inferred_from_summary)}`,
				);
			}
		} else {
			outcome = Object.hasOwn(SHOWN_OUTCOMES, shown) ? SHOWN_OUTCOMES[shown] : undefined;
			if (!outcome)
				problem(
					'decision_as_shown',
					`expected Upheld, Upheld (Statement), Upheld (Report), Not upheld, Closed after initial enquiries, (not shown) or (not recorded) ${got(shown)}`,
				);
			// An inference beside a shown decision would be two answers to one question.
			if (inferredText !== '')
				problem(
					'decision_inferred_from_summary',
					`an outcome is inferred only when the header decision is (not shown) or (not recorded) ${got(r.decision_inferred_from_summary)}`,
				);
		}

		const dateText = r.decision_date_as_shown;
		let decisionDate: string | null = null;
		if (!NOT_RECORDED.includes(dateText)) {
			if (parseIsoDate(dateText)) decisionDate = dateText;
			else
				problem(
					'decision_date_as_shown',
					`expected a real date written YYYY-MM-DD, or (not shown) or (not recorded) ${got(dateText)}`,
				);
		}

		const remedy = readRemedy(r.financial_remedy_stated_in_excerpt);
		if ('error' in remedy)
			problem('financial_remedy_stated_in_excerpt', `${remedy.error} ${got(r.financial_remedy_stated_in_excerpt)}`);

		// A decision's own address ends with its case reference, hyphenated (…/24-017-807): another
		// reference means the row and its page have come apart. The listing and other sites' copies
		// (…more_councils.csv.source.txt: 6 rows) are kept as they are and said to be what they are.
		const slug = r.case_ref.replaceAll(' ', '-');
		let linkKind: LgscoLinkKind | null = null;
		if (DECISION_PATH.test(r.url)) {
			if (r.url.endsWith(`/${slug}`)) linkKind = 'decision';
		} else if (LISTING.test(r.url)) linkKind = 'listing';
		else if (!LGO.test(r.url)) linkKind = 'copy';
		if (!linkKind) problem('url', `the address should end with /${slug}, the case reference ${got(r.url)}`);

		const firstCode = codeOf.get(r.council);
		if (firstCode && firstCode.code !== r.old_la_code) {
			problem('old_la_code', `${r.council} has code ${firstCode.code} on line ${firstCode.line} ${got(r.old_la_code)}`);
		} else if (!firstCode) codeOf.set(r.council, { code: r.old_la_code, line });
		const first = seen.get(r.case_ref);
		if (first !== undefined) problem('case_ref', `case ${r.case_ref} is already on line ${first} ${got(r.case_ref)}`);
		else seen.set(r.case_ref, line);

		if (problems.length > before || !outcome || 'error' in remedy || !linkKind) continue;
		rows.push({
			line,
			council: r.council,
			dfeCode: r.old_la_code,
			caseRef: r.case_ref,
			categoryAsShown: r.category_as_shown,
			outcome,
			outcomeAsShown: shown,
			outcomeInferred: notRecorded,
			outcomeInferredFrom: notRecorded ? inferredText : null,
			publicReport: shown === 'Upheld (Report)',
			decisionDate,
			decisionDateAsShown: dateText,
			amountsGbp: remedy.amounts,
			paymentGbp: remedy.amounts.length > 0 ? remedy.amounts.reduce((a, b) => a + b, 0) : null,
			remedyAsStated: r.financial_remedy_stated_in_excerpt,
			remedyKind: remedy.kind,
			remedyWords: remedy.words,
			summaryParaphrase: r.summary_paraphrase,
			url: r.url,
			linkKind,
		});
	}
	return { rows, problems };
}
