import { STATUS_WORDS, type Figure } from '../model/figure';
import { formatCount } from './formatCount';
import { formatPercent } from './formatPercent';

/** What a number measures: a percentage in percent units (11.7), a count (1091) or a mean number of weeks (25.6). */
export type FigureUnit = 'percent' | 'count' | 'weeks';

const weeks = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * Formats a published figure as "11.7%", "1,091" or "25.6 weeks", and an absent one as the plain words for
 * why it is absent ("not available", "suppressed"), never as 0.
 * @example formatFigure({ status: 'suppressed', value: null }, 'count') // "suppressed"
 */
export function formatFigure(figure: Figure, unit: FigureUnit, options: { digits?: number } = {}): string {
	if (figure.status !== 'published') return STATUS_WORDS[figure.status];
	if (unit === 'weeks') return `${weeks.format(figure.value)} weeks`;
	return unit === 'percent' ? formatPercent(figure.value, options) : formatCount(figure.value);
}
