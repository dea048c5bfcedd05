import type { Figure } from './figure';
import type { PeriodKind } from './period';

/** What kind of area a figure is about. */
export type AreaType = 'england' | 'region' | 'council';

/**
 * One published figure in tidy, long form: the shape every source is turned into before
 * metrics, pages and CSV downloads use it. Each carries the file and line it came from.
 */
export interface Observation {
	/** Measure id from data/reference/measures.csv, e.g. "timeliness_20wk_excl". */
	measure: string;
	areaType: AreaType;
	/** ONS code: E92000001 England, E12… region, E06/E08/E09/E10… council. */
	areaCode: string;
	periodKind: PeriodKind;
	/** Canonical period text (see periodKey): "2018", "2024/25", "2023-24", "2018-09-28". */
	period: string;
	figure: Figure;
	/** For rates: the count above the line and the count below it, when published. */
	numerator?: number | null;
	denominator?: number | null;
	/** Id of a row in data/reference/sources.csv. */
	sourceId: string;
	/** Repo-relative path of the file the figure was read from, and its 1-based line. */
	file: string;
	line: number;
	/** For figures we calculate rather than read: how, in words, naming the inputs. */
	calculation?: string;
	/** A caveat the reader must see beside this figure, e.g. a code the publisher printed wrongly. */
	note?: string;
	/** True where the publisher marks a break in series before this period. */
	breakInSeries?: boolean;
	/** Set by the data reader when a data-quality rule caught this figure: shown with a caution, never ranked. */
	doubt?: ObservationDoubt;
}

/** Why a figure is doubtful: the first rule that caught it and what it found. */
export interface ObservationDoubt {
	/** Id of the rule in data/reference/quality-rules.csv. */
	rule: string;
	/** The plain-English caution the page shows beside the figure. */
	caution: string;
	/** What the rule found, with the numbers. */
	detail: string;
}
