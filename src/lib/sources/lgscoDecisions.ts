import { z } from 'zod';
import { dfeLaCode, requiredText } from '../csv/cells';
import { columnOf, missingColumns, readCsv, wrongWidth } from '../csv/readCsv';
import { validateRecords } from '../csv/validateRecords';
import { parseIsoDate } from '../periods/period';
import { got, type Parsed, type Problem } from '../problems';

// data/raw/lgsco/lgsco_decisions_derby_derbyshire_sample.csv: 22 LGSCO decision pages about Derby
// and Derbyshire, compiled by the research helper (lgsco_decisions_derby_derbyshire_sample.csv.source.txt).
// A non-exhaustive sample: use it to cite examples, never to count or rate decisions. The
// "_as_shown" columns are the page header exactly; "(not shown)" where the stored excerpt lacked
// the header, and then decision_inferred_from_summary says what the summary says instead.

/** The LGSCO outcome of a decision, in the words the site uses. */
export type LgscoOutcome = 'upheld' | 'not_upheld' | 'closed_after_initial_enquiries' | 'fault_found';

/** One LGSCO decision, its text columns kept as published. */
export interface LgscoDecisionRow {
	line: number;
	council: string;
	dfeCode: string;
	/** LGSCO case reference as printed, e.g. "24 017 807". */
	caseRef: string;
	categoryAsShown: string;
	outcome: LgscoOutcome;
	/** The decision in the page header, or "(not shown)". */
	outcomeAsShown: string;
	/** True when the header was not seen and the outcome comes from the decision's summary. */
	outcomeInferred: boolean;
	/** The helper's note of what the summary says, when the outcome was inferred; otherwise null. */
	outcomeInferredFrom: string | null;
	/** ISO date of the decision, or null when the page header was not seen. */
	decisionDate: string | null;
	decisionDateAsShown: string;
	/** Pounds, only when the excerpt states an amount such as "£1,000"; null otherwise. */
	paymentGbp: number | null;
	/** The remedy cell as published ("£2,300", "symbolic payment (amount not in excerpt)", or ""). */
	remedyAsStated: string;
	/** The helper's paraphrase of the summary, not the LGSCO's words. */
	summaryParaphrase: string;
	url: string;
}

const NOT_SHOWN = '(not shown)';

// The decisions as the LGSCO prints them in a page header ("Decision: Upheld").
const SHOWN_OUTCOMES: Record<string, LgscoOutcome> = {
	Upheld: 'upheld',
	'Not upheld': 'not_upheld',
	'Closed after initial enquiries': 'closed_after_initial_enquiries',
};

// What an inferred note may start with; the rest (e.g. "(summary says 'We upheld')") is the
// helper's evidence and is kept in outcomeInferredFrom. "Fault found" is not a header decision:
// it is what a summary says when the header is missing, so it stays its own outcome.
const INFERRED_OUTCOMES: readonly [RegExp, LgscoOutcome][] = [
	[/^Upheld\b/, 'upheld'],
	[/^Not upheld\b/, 'not_upheld'],
	[/^Closed after initial enquiries\b/, 'closed_after_initial_enquiries'],
	[/^Fault found\b/, 'fault_found'],
];

// An amount stated on its own, e.g. "£1,000" or "£2,300.50".
const AMOUNT = /^£(\d{1,3}(?:,\d{3})*|\d+)(\.\d{2})?$/;

/** The columns of lgsco_decisions_derby_derbyshire_sample.csv, read from string cells. */
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
		.regex(/^https:\/\/(www\.)?lgo\.org\.uk\/decisions\/\S+$/, {
			message: 'expected an LGSCO decision address (https://www.lgo.org.uk/decisions/…)',
		}),
});

const COLUMNS = Object.keys(LgscoDecisionCellsSchema.shape);

/** Parses the LGSCO decisions sample: outcome normalised, date checked, payment only when stated. */
export function parseLgscoDecisions(text: string, file: string): Parsed<LgscoDecisionRow> {
	const table = readCsv(text, file);
	const missing = missingColumns(table, COLUMNS);
	if (missing.length > 0) return { rows: [], problems: [...table.problems, ...missing] };
	const problems: Problem[] = [...table.problems, ...wrongWidth(table)];
	const validated = validateRecords(
		table,
		LgscoDecisionCellsSchema,
		table.records.filter((r) => r.fields.length === table.header.length),
	);
	problems.push(...validated.problems);
	const rows: LgscoDecisionRow[] = [];
	const seen = new Map<string, number>();
	const codeOf = new Map<string, { code: string; line: number }>();

	for (const { line, row: r } of validated.rows) {
		const before = problems.length;
		const problem = (column: string, message: string) =>
			problems.push({ file, line, column: columnOf(table, column), message: `${column}: ${message}` });

		const shown = r.decision_as_shown;
		const inferredText = r.decision_inferred_from_summary.trim();
		let outcome: LgscoOutcome | undefined;
		if (shown === NOT_SHOWN) {
			outcome = INFERRED_OUTCOMES.find(([pattern]) => pattern.test(inferredText))?.[1];
			if (!outcome) {
				problem(
					'decision_inferred_from_summary',
					`the header decision was not shown, so this must start with Upheld, Not upheld, Closed after initial enquiries or Fault found ${got(r.decision_inferred_from_summary)}`,
				);
			}
		} else {
			outcome = Object.hasOwn(SHOWN_OUTCOMES, shown) ? SHOWN_OUTCOMES[shown] : undefined;
			if (!outcome)
				problem(
					'decision_as_shown',
					`expected Upheld, Not upheld, Closed after initial enquiries or ${NOT_SHOWN} ${got(shown)}`,
				);
			// An inference beside a shown decision would be two answers to one question.
			if (inferredText !== '')
				problem(
					'decision_inferred_from_summary',
					`an outcome is inferred only when the header decision is ${NOT_SHOWN} ${got(r.decision_inferred_from_summary)}`,
				);
		}

		const dateText = r.decision_date_as_shown;
		let decisionDate: string | null = null;
		if (dateText !== NOT_SHOWN) {
			if (parseIsoDate(dateText)) decisionDate = dateText;
			else
				problem('decision_date_as_shown', `expected a real date written YYYY-MM-DD, or ${NOT_SHOWN} ${got(dateText)}`);
		}

		// A payment is read only from a bare amount. Text that mixes words and figures ("about
		// £500 each term") would need a reading, so it is a problem for a person, never a guess.
		const remedy = r.financial_remedy_stated_in_excerpt.trim();
		let paymentGbp: number | null = null;
		const amount = AMOUNT.exec(remedy);
		if (amount) paymentGbp = Number(`${(amount[1] ?? '').replaceAll(',', '')}${amount[2] ?? ''}`);
		else if (/[£\d]/.test(remedy)) {
			problem(
				'financial_remedy_stated_in_excerpt',
				`an amount must stand alone, e.g. £1,000; put any words in the summary ${got(r.financial_remedy_stated_in_excerpt)}`,
			);
		}

		// The address ends with the case reference, hyphenated (…/24-017-807): a mismatch means the
		// row and its source page have come apart.
		const slug = r.case_ref.replaceAll(' ', '-');
		if (!r.url.endsWith(`/${slug}`))
			problem('url', `the address should end with /${slug}, the case reference ${got(r.url)}`);

		const firstCode = codeOf.get(r.council);
		if (firstCode && firstCode.code !== r.old_la_code) {
			problem('old_la_code', `${r.council} has code ${firstCode.code} on line ${firstCode.line} ${got(r.old_la_code)}`);
		} else if (!firstCode) codeOf.set(r.council, { code: r.old_la_code, line });
		const first = seen.get(r.case_ref);
		if (first !== undefined) problem('case_ref', `case ${r.case_ref} is already on line ${first} ${got(r.case_ref)}`);
		else seen.set(r.case_ref, line);

		if (problems.length > before || !outcome) continue;
		rows.push({
			line,
			council: r.council,
			dfeCode: r.old_la_code,
			caseRef: r.case_ref,
			categoryAsShown: r.category_as_shown,
			outcome,
			outcomeAsShown: shown,
			outcomeInferred: shown === NOT_SHOWN,
			outcomeInferredFrom: shown === NOT_SHOWN ? inferredText : null,
			decisionDate,
			decisionDateAsShown: dateText,
			paymentGbp,
			remedyAsStated: r.financial_remedy_stated_in_excerpt,
			summaryParaphrase: r.summary_paraphrase,
			url: r.url,
		});
	}
	return { rows, problems };
}
