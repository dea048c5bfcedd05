import { absent, published, type Figure, type FigureStatus } from '../model/figure';

/** A rate with the counts behind it, as stored in an observation. */
export interface RatioFigure {
	figure: Figure;
	numerator: number | null;
	denominator: number | null;
}

// When a count behind a rate is withheld, the rate inherits the most telling reason:
// suppressed beats unavailable beats not applicable, so a reader is never told "not applicable"
// about a figure that exists but was withheld.
const PRECEDENCE: Exclude<FigureStatus, 'published'>[] = [
	'suppressed',
	'not_reported',
	'unreliable',
	'low',
	'unavailable',
	'not_applicable',
];

/**
 * numerator / denominator × 100, to one decimal place as DfE publishes rates.
 * Returns a figure with no value (never 0) when either count is missing or the denominator is 0.
 */
export function percentOf(numerator: Figure, denominator: Figure): RatioFigure {
	const num = numerator.status === 'published' ? numerator.value : null;
	const den = denominator.status === 'published' ? denominator.value : null;
	if (num === null || den === null) {
		const statuses = [numerator.status, denominator.status];
		const status = PRECEDENCE.find((s) => statuses.includes(s)) ?? 'unavailable';
		return { figure: absent(status), numerator: num, denominator: den };
	}
	// A rate of zero plans out of zero issued is undefined, not 0%.
	if (den === 0) return { figure: absent('not_applicable'), numerator: num, denominator: den };
	return { figure: published(Math.round((num / den) * 1000) / 10), numerator: num, denominator: den };
}
