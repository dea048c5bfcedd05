import type { PeriodKind } from './period';

/** The part of the story a measure belongs to; pages group their charts by it. */
export const MEASURE_GROUPS = ['timeliness', 'conversion', 'demand', 'redress'] as const;
export const MEASURE_UNITS = ['count', 'percent', 'weeks'] as const;
/** Whether a higher figure is better for families, worse, or neither (a count of plans). */
export const HIGHER_IS = ['better', 'worse', 'neutral'] as const;

/** One measure the site shows, as data/reference/measures.csv defines it. */
export interface Measure {
	/** lower_snake_case id, e.g. "timeliness_20wk_excl". */
	id: string;
	group: (typeof MEASURE_GROUPS)[number];
	label: string;
	shortLabel: string;
	unit: (typeof MEASURE_UNITS)[number];
	definition: string;
	periodKind: PeriodKind;
	higherIs: (typeof HIGHER_IS)[number];
	/** The first year after a break in series, or null for none. */
	breakBefore: number | null;
	derivedFrom: string;
	/** Rates on fewer cases than this are drawn hollow and labelled "n of d"; null for none. */
	smallBase: number | null;
}
