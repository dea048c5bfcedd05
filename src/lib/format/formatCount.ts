const counts = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * Formats a whole-number count with en-GB thousands separators.
 * @example formatCount(1091) // "1,091"
 */
export function formatCount(value: number): string {
	if (!Number.isFinite(value)) throw new RangeError(`formatCount: not a finite number (${value})`);
	return counts.format(value === 0 ? 0 : value);
}
