// One formatter per number kind, shared by charts, tables and prose so "11.7%" is spelled the
// same everywhere. en-GB grouping and a full stop for decimals (GOV.UK style guide: numbers).
const cache = new Map<number, Intl.NumberFormat>();

function formatter(digits: number): Intl.NumberFormat {
	let f = cache.get(digits);
	if (!f) {
		f = new Intl.NumberFormat('en-GB', {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits,
		});
		cache.set(digits, f);
	}
	return f;
}

/**
 * Formats a value already in percent units (11.7, not 0.117) as "11.7%".
 * @example formatPercent(11.7) // "11.7%"; formatPercent(50, { digits: 0 }) // "50%"
 */
export function formatPercent(value: number, options: { digits?: number } = {}): string {
	if (!Number.isFinite(value)) throw new RangeError(`formatPercent: not a finite number (${value})`);
	const digits = options.digits ?? 1;
	// Avoid "-0.0%" when a tiny negative rounds to zero.
	const text = formatter(digits).format(value === 0 ? 0 : value);
	return `${/^-0(\.0+)?$/.test(text) ? text.slice(1) : text}%`;
}
