// A number that is not a whole count or a percentage: a ratio ("1.4 times"), a seed document's
// decimal, money in pounds and pence. en-GB grouping, a full stop for decimals, as formatCount.
const cache = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number with en-GB thousands separators and between minDigits (default 0) and
 * maxDigits (default 3) decimal places, rounding half away from zero.
 * @example formatNumber(1375) // "1,375"; formatNumber(1.25, { maxDigits: 1 }) // "1.3"
 */
export function formatNumber(value: number, options: { minDigits?: number; maxDigits?: number } = {}): string {
	if (!Number.isFinite(value)) throw new RangeError(`formatNumber: not a finite number (${value})`);
	const minDigits = options.minDigits ?? 0;
	const maxDigits = Math.max(options.maxDigits ?? 3, minDigits);
	const key = `${minDigits}:${maxDigits}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat('en-GB', { minimumFractionDigits: minDigits, maximumFractionDigits: maxDigits });
		cache.set(key, f);
	}
	return f.format(value === 0 ? 0 : value);
}
