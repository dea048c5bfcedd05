/** Why a figure has no number, or 'published' when it has one, as every source and page spells it. */
export const FIGURE_STATUSES = [
	'published',
	'unavailable',
	'not_applicable',
	'suppressed',
	'low',
	'unreliable',
	'not_reported',
] as const;

export type FigureStatus = (typeof FIGURE_STATUSES)[number];

/**
 * A published figure: a number, or the reason there is no number.
 * Missing, suppressed and not-applicable values are kept apart from zero all the way to the page.
 */
export type Figure =
	{ status: 'published'; value: number } | { status: Exclude<FigureStatus, 'published'>; value: null };

export const published = (value: number): Figure => ({ status: 'published', value });
export const absent = (status: Exclude<FigureStatus, 'published'>): Figure => ({ status, value: null });

/** Plain-English words for each reason a figure is absent, as the site prints them. */
export const STATUS_WORDS: Record<Exclude<FigureStatus, 'published'>, string> = {
	unavailable: 'not available',
	not_applicable: 'not applicable',
	suppressed: 'suppressed',
	low: 'fewer than 0.5',
	unreliable: 'unreliable',
	not_reported: 'not reported',
};
