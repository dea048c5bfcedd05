import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseLgscoDecisions } from '~/lib/sources/lgscoDecisions';

const FILE = 'data/raw/lgsco/lgsco_decisions_derby_derbyshire_sample.csv';
const TEXT = readFileSync(FILE, 'utf8');
const parsed = parseLgscoDecisions(TEXT, FILE);
const LINES = TEXT.split('\n');
const HEADER = LINES[0]!;
const byRef = (ref: string) => parsed.rows.find((r) => r.caseRef === ref)!;

/** The header and real line `line` (1-based) with one cell (0-based) replaced. */
const withCell = (line: number, index: number, value: string) => {
	const fields = Papa.parse<string[]>(LINES[line - 1]!, { delimiter: ',' }).data[0]!;
	fields[index] = value;
	return `${HEADER}\n${Papa.unparse([fields])}\n`;
};

describe('parseLgscoDecisions(text, file) on the real file', () => {
	it('reads all 22 decisions with no problems', () => {
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows).toHaveLength(22);
		expect(parsed.rows.filter((r) => r.dfeCode === '830')).toHaveLength(16);
		expect(parsed.rows.filter((r) => r.dfeCode === '831')).toHaveLength(6);
	});

	it('normalises outcomes, counting those inferred from the summary', () => {
		const tally = (inferred: boolean) => {
			const out: Record<string, number> = {};
			for (const r of parsed.rows.filter((x) => x.outcomeInferred === inferred))
				out[r.outcome] = (out[r.outcome] ?? 0) + 1;
			return out;
		};
		expect(tally(false)).toEqual({ upheld: 11, not_upheld: 1, closed_after_initial_enquiries: 4 });
		expect(tally(true)).toEqual({ upheld: 1, fault_found: 5 });
	});

	it('24 015 538 (line 4): £2,300 stated; header not shown, "Fault found" from the summary, no date', () => {
		expect(byRef('24 015 538')).toMatchObject({
			line: 4,
			council: 'Derbyshire County Council',
			outcome: 'fault_found',
			outcomeAsShown: '(not shown)',
			outcomeInferred: true,
			outcomeInferredFrom: 'Fault found',
			decisionDate: null,
			decisionDateAsShown: '(not shown)',
			paymentGbp: 2300,
			remedyAsStated: '£2,300',
			url: 'https://www.lgo.org.uk/decisions/education/special-educational-needs/24-015-538',
		});
	});

	it('24 017 807 (line 2): upheld on 6 July 2025 with £1,000, text kept as published', () => {
		expect(byRef('24 017 807')).toMatchObject({
			outcome: 'upheld',
			outcomeAsShown: 'Upheld',
			outcomeInferred: false,
			outcomeInferredFrom: null,
			decisionDate: '2025-07-06',
			paymentGbp: 1000,
			categoryAsShown: 'Education > Special educational needs',
		});
		expect(byRef('24 017 807').summaryParaphrase).toContain('Delays in the EHC process');
	});

	it('gives a payment only where an amount is stated; otherwise null with the words kept', () => {
		expect(parsed.rows.filter((r) => r.paymentGbp !== null).map((r) => [r.caseRef, r.paymentGbp])).toEqual([
			['24 017 807', 1000],
			['24 014 683', 1000],
			['24 015 538', 2300],
		]);
		expect(byRef('24 011 336')).toMatchObject({
			paymentGbp: null,
			remedyAsStated: 'symbolic payment (amount not in excerpt)',
		});
		expect(byRef('23 016 322')).toMatchObject({ paymentGbp: null, remedyAsStated: '' });
	});

	it('keeps the inferred note whole: "Upheld (summary says \'We upheld\')" on line 3', () => {
		expect(byRef('24 014 683')).toMatchObject({
			outcome: 'upheld',
			outcomeInferred: true,
			outcomeInferredFrom: "Upheld (summary says 'We upheld')",
		});
	});
});

describe('parseLgscoDecisions(text, file) on bad input', () => {
	it.each([
		// [what, real line, 0-based cell, new text, column, message]
		[
			'an impossible date',
			2,
			5,
			'2025-02-30',
			6,
			'decision_date_as_shown: expected a real date written YYYY-MM-DD, or (not shown) or (not recorded) (got "2025-02-30")',
		],
		[
			'an unknown outcome',
			2,
			4,
			'Partly upheld',
			5,
			'decision_as_shown: expected Upheld, Upheld (Statement), Upheld (Report), Not upheld, Closed after initial enquiries, (not shown) or (not recorded) (got "Partly upheld")',
		],
		[
			'a hidden header with nothing inferred',
			4,
			6,
			'',
			7,
			'decision_inferred_from_summary: the header decision was not shown, so this must start with Upheld, Not upheld, Closed after initial enquiries, Fault found or Not investigated (got "")',
		],
		[
			'an inference beside a shown decision',
			2,
			6,
			'Upheld',
			7,
			'decision_inferred_from_summary: an outcome is inferred only when the header decision is (not shown) or (not recorded) (got "Upheld")',
		],
		[
			'a figure outside a pounds amount',
			4,
			7,
			'£2,300 for 3 terms',
			8,
			'financial_remedy_stated_in_excerpt: an amount must be written in pounds, e.g. £1,000; any other figures belong in the summary (got "£2,300 for 3 terms")',
		],
		[
			'an amount without a pound sign',
			4,
			7,
			'2300',
			8,
			'financial_remedy_stated_in_excerpt: an amount must be written in pounds, e.g. £1,000; any other figures belong in the summary (got "2300")',
		],
		[
			'an address for another case',
			4,
			9,
			'https://www.lgo.org.uk/decisions/education/special-educational-needs/24-015-539',
			10,
			'url: the address should end with /24-015-538, the case reference (got "https://www.lgo.org.uk/decisions/education/special-educational-needs/24-015-539")',
		],
		[
			'a malformed case reference',
			2,
			2,
			'24-017-807',
			3,
			'case_ref: expected an LGSCO case reference such as 24 017 807 (got "24-017-807")',
		],
		['an empty summary', 2, 8, '', 9, 'summary_paraphrase: this cell is required but is empty (got "")'],
	])('reports %s at line 2 and its column', (_what, line, index, value, column, message) => {
		const result = parseLgscoDecisions(withCell(line, index, value), 'd.csv');
		expect(result.problems).toContainEqual({ file: 'd.csv', line: 2, column, message });
		expect(result.problems.every((p) => p.line === 2)).toBe(true);
		expect(result.rows).toEqual([]);
	});

	it('reports a case that appears twice, and a council given two codes', () => {
		// Appended to the whole real file: papaparse guesses the delimiter from the first lines, and
		// a three-line file whose summaries hold semicolons is guessed as ";"-separated (readCsv
		// does not fix the delimiter), so the real file's lines are kept in front.
		const second = Papa.unparse([
			Papa.parse<string[]>(LINES[1]!, { delimiter: ',' }).data[0]!.map((f, i) => (i === 1 ? '831' : f)),
		]);
		const result = parseLgscoDecisions(`${TEXT}${second}\n`, 'd.csv');
		expect(result.problems).toEqual([
			{
				file: 'd.csv',
				line: 24,
				column: 2,
				message: 'old_la_code: Derbyshire County Council has code 830 on line 2 (got "831")',
			},
			{
				file: 'd.csv',
				line: 24,
				column: 3,
				message: 'case_ref: case 24 017 807 is already on line 2 (got "24 017 807")',
			},
		]);
		expect(result.rows).toHaveLength(22);
	});

	it('reports a missing column at the header', () => {
		const result = parseLgscoDecisions(TEXT.replace(',url\n', '\n'), 'd.csv');
		// Every data line then has one cell more than the header, which readCsv reports line by line.
		expect(result.problems.find((p) => p.line === 1)).toEqual({
			file: 'd.csv',
			line: 1,
			column: 0,
			message:
				'missing column "url" (header has 9 columns: council, old_la_code, case_ref, category_as_shown, decision_as_shown, decision_date_as_shown, …)',
		});
	});
});

describe('parseLgscoDecisions(text, file) on the second sample (more councils)', () => {
	const MORE = 'data/raw/lgsco-councils/lgsco_send_decisions_sample_more_councils.csv';
	const more = parseLgscoDecisions(readFileSync(MORE, 'utf8'), MORE);
	const ref = (r: string) => more.rows.find((x) => x.caseRef === r)!;

	it('reads all 46 decisions across 31 councils with no problems', () => {
		expect(more.problems).toEqual([]);
		expect(more.rows).toHaveLength(46);
		expect(new Set(more.rows.map((r) => r.dfeCode)).size).toBe(31);
		expect(more.rows.filter((r) => r.council === 'Lancashire County Council')).toHaveLength(7);
	});

	it('24 015 110 (Lancashire): three amounts, £500 + £3,000 + £100, added up to £3,600', () => {
		expect(ref('24 015 110')).toMatchObject({
			outcome: 'upheld',
			outcomeAsShown: '(not recorded)',
			outcomeInferred: true,
			decisionDate: null,
			amountsGbp: [500, 3000, 100],
			paymentGbp: 3600,
			remedyKind: 'amounts',
		});
	});

	it('a payment named without its amount keeps its words and no figure', () => {
		expect(ref('24 021 516')).toMatchObject({
			remedyKind: 'amount_not_held',
			remedyWords: 'symbolic payment',
			paymentGbp: null,
		});
		expect(ref('24 018 238')).toMatchObject({ remedyKind: 'amount_not_held', remedyWords: 'financial remedy' });
		expect(ref('25 009 119')).toMatchObject({ remedyKind: 'none', outcome: 'closed_after_initial_enquiries' });
	});

	it('reads the listing\'s "Upheld (Report)" as upheld in a public report, and "Not investigated" from a summary', () => {
		expect(ref('24 006 216')).toMatchObject({ outcome: 'upheld', publicReport: true, linkKind: 'listing' });
		expect(ref('24 013 217')).toMatchObject({ outcome: 'not_investigated', linkKind: 'copy' });
		expect(ref('24 023 082')).toMatchObject({ decisionDate: '2025-09-28', linkKind: 'decision', paymentGbp: 500 });
	});
});
