import { STATUS_WORDS, type Figure } from '../model/figure';
import { formatCount } from '../format/formatCount';
import { formatPercent } from '../format/formatPercent';
import type { SeedQualifier, SeedUnit } from '../model/seedFigure';
import { formatNumber } from '../format/formatNumber';

/** Every unit a scrutiny figure can carry: the seed units (which include percent and count). */
export type ValueUnit = SeedUnit;

/** How a document hedges a number, in the words the site prints before it. */
export const QUALIFIER_WORDS: Record<SeedQualifier, string> = {
	exact: '',
	about: 'about ',
	just_over: 'just over ',
	more_than: 'more than ',
	over: 'over ',
	at_least: 'at least ',
	up_to: 'up to ',
	target: 'a target of ',
	forecast: 'a forecast of ',
};

/** Decimal places a number was written with: 53 → 0, 11.7 → 1. */
export const decimalsOf = (value: number): number =>
	Number.isInteger(value) ? 0 : (String(value).split('.')[1]?.length ?? 0);

export interface FormatValueOptions {
	/** Decimal places for a percentage; by default as many as the value was written with. */
	digits?: number;
	qualifier?: SeedQualifier;
	/** Words for an absent figure when the source has its own, e.g. LGSCO "not seen". */
	absentWords?: string;
}

/**
 * Formats a figure in any scrutiny unit ("1,375", "53%", "£20,000", "15 a month", "10-fold"),
 * with the document's hedge ("more than £20,000"); an absent figure becomes words, never 0.
 * @example formatValue({ status: 'published', value: 20000 }, 'gbp', { qualifier: 'more_than' }) // "more than £20,000"
 */
export function formatValue(figure: Figure, unit: ValueUnit, options: FormatValueOptions = {}): string {
	if (figure.status !== 'published') return options.absentWords ?? STATUS_WORDS[figure.status];
	const v = figure.value;
	const prefix = QUALIFIER_WORDS[options.qualifier ?? 'exact'];
	const plural = (word: string) => `${formatCount(v)} ${word}${v === 1 ? '' : 's'}`;
	let text: string;
	switch (unit) {
		case 'percent':
			text = formatPercent(v, { digits: options.digits ?? decimalsOf(v) });
			break;
		case 'gbp':
			text = `£${Number.isInteger(v) ? formatCount(v) : formatNumber(v, { minDigits: 2, maxDigits: 2 })}`;
			break;
		case 'per_month':
			text = `${formatCount(v)} a month`;
			break;
		case 'weeks':
			text = plural('week');
			break;
		case 'days':
			text = plural('day');
			break;
		case 'cases':
			text = plural('case');
			break;
		case 'fold':
			text = `${formatCount(v)}-fold`;
			break;
		case 'count':
			text = formatCount(v);
			break;
	}
	return `${prefix}${text}`;
}

/**
 * A difference between two percentages, in percentage points, one decimal place.
 * @example formatPoints(36.2) // "36.2 percentage points"
 */
export const formatPoints = (value: number): string => `${formatPercent(value).slice(0, -1)} percentage points`;
