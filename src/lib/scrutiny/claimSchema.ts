import { z } from 'zod';
import { isEvidenceKey } from './claimEvidence';

// The frontmatter of a claim in src/content/claims/*.md. A claim sets what someone said against
// the official figures; the numbers come from data rows (the seed figure named in claimFigure and
// the evidence keys), never from the Markdown, so the words in a claim hold no digits.

/** The verdicts a claim can get, as the site prints them. */
export const VERDICTS = [
	'supported',
	'partly supported',
	'not supported by the published figures',
	'different measure',
	'cannot be checked',
] as const;
export type Verdict = (typeof VERDICTS)[number];

const DIGIT = /[0-9]/;

/** Text that must not carry a number: the figures are rendered from data, not typed. */
export const wordsOnly = (what: string) =>
	z
		.string()
		.trim()
		.min(1, { message: `${what} is required` })
		.refine((s) => !DIGIT.test(s), {
			message: `${what} must be words only, with no digits: the figures are rendered from the data, never typed`,
		});

// A YAML date without quotes arrives as a Date; with quotes as text. Either way it is kept as the
// ISO text it was written as. A claim may be dated to the day, the month or only the year
// (an undated article whose text fixes only the year).
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const isoDate = z
	.union([z.string(), z.date()])
	.transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d.trim()))
	.refine(
		(s) => {
			const m = ISO_DATE.exec(s);
			if (!m) return false;
			const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1];
			const date = new Date(Date.UTC(year, month - 1, day));
			return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
		},
		{ message: 'date is an ISO date that exists: YYYY-MM-DD, YYYY-MM or YYYY' },
	);

const id = (what: string) =>
	z
		.string()
		.trim()
		.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, { message: `${what} is a lower-case id` });

const evidenceKey = z
	.string()
	.refine(isEvidenceKey, { message: 'not a known evidence key form (see src/lib/scrutiny/claimEvidence.ts)' });

/** The claim frontmatter schema (Astro content collection "claims"). */
export const claimSchema = z
	.object({
		/** Slug of the council the claim is about (data/derived/councils.csv). */
		council: id('council'),
		date: isoDate,
		/** Words on the date, when the document is undated or the date is approximate. */
		dateNote: wordsOnly('dateNote').optional(),
		/** Who said it: the person or body, and where. */
		who: z.string().trim().min(1),
		/**
		 * The exact words, only when they hold no number. When they do, leave quote out: the words
		 * are read from the seed figure named in claimFigure, so the number comes from the data.
		 */
		quote: wordsOnly('quote').optional(),
		/** Id of the row in data/transcribed/seed-figures.csv that holds the claimed number. */
		claimFigure: id('claimFigure').optional(),
		/** Id of the document in data/reference/sources.csv. */
		source: id('source'),
		/** Official measure the claim speaks to (data/reference/measures.csv), when one does. */
		measure: id('measure').optional(),
		/** The period the claim covers, as the document gives it. */
		period: z.string().trim().min(1),
		verdict: z.enum(VERDICTS),
		verdictReason: wordsOnly('verdictReason'),
		/**
		 * Evidence keys (src/lib/scrutiny/claimEvidence.ts), rendered in this order: the figures the
		 * verdict is argued from, for the period the claim speaks of. An official figure for a period
		 * that begins after the claim was made is later data and belongs in `later` (checked).
		 */
		evidence: z.array(evidenceKey).min(1),
		/** Figures from the same period that explain the verdict without deciding it (a blog's pace figures). */
		context: z.array(evidenceKey).default([]),
		/** Figures for periods after the claim, or published after it: shown as later, never argued from. */
		later: z.array(evidenceKey).default([]),
	})
	.refine((c) => c.quote !== undefined || c.claimFigure !== undefined, {
		message:
			'a claim needs its words: either claimFigure (read the quote from the seed figure) or quote (when the words hold no number)',
		path: ['quote'],
	});

export type ClaimData = z.output<typeof claimSchema>;

/** The body of a claim: words only, because the figures are rendered from the evidence keys. */
export const claimBodySchema = wordsOnly('the body of a claim');

/** Why a claim body is not acceptable, or null when it is. */
export function claimBodyProblem(body: string): string | null {
	const result = claimBodySchema.safeParse(body);
	if (result.success) return null;
	const digits = body
		.split('\n')
		.flatMap((line, i) => (DIGIT.test(line) ? [`line ${i + 1}: ${line.trim().slice(0, 80)}`] : []));
	return [result.error.issues[0]?.message ?? 'invalid body', ...digits].join('\n  ');
}
