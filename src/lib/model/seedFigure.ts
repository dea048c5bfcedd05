import type { Figure } from './figure';
import type { Period } from './period';

// A figure a seed document states (a council report, a news article), transcribed by hand with its
// verbatim quote, so each claim can be shown beside the official figure it speaks to.

// "days" is needed for the statutory 15 days for representations on a draft plan and for
// Derby's SEND8 (average working days to respond to a complaint), 002 lines 258 and 403.
export const SEED_UNITS = ['count', 'percent', 'gbp', 'per_month', 'weeks', 'days', 'cases', 'fold'] as const;
export type SeedUnit = (typeof SEED_UNITS)[number];

/** How the document hedges the number: "just over 400", "more than £20,000", "target 75%". */
export const SEED_QUALIFIERS = [
	'exact',
	'about',
	'just_over',
	'more_than',
	'over',
	'at_least',
	'up_to',
	'target',
	'forecast',
] as const;
export type SeedQualifier = (typeof SEED_QUALIFIERS)[number];

/** One seed figure; csvLine is its line in seed-figures.csv, quoteLine its line in the seed. */
export interface SeedFigure {
	/** lower-case kebab-case, e.g. derby-2018-statements-transferred-claimed. */
	id: string;
	sourceId: string;
	areaCode: string;
	/** Id of a row in data/reference/seed-measures.csv. */
	measure: string;
	/** Null when the document states no date or period (the note says so). */
	period: Period | null;
	value: Figure;
	unit: SeedUnit;
	qualifier: SeedQualifier;
	quote: string;
	/** 1-based line of the seed document where the quote starts. */
	quoteLine: number;
	note: string;
	csvLine: number;
}

/** A measure that seed figures count, and the official measure it can be set against. */
export interface SeedMeasure {
	id: string;
	label: string;
	unit: SeedUnit;
	/** Id of the official measure that counts the same thing; blank when none does. */
	speaks_to: string;
	definition: string;
}
