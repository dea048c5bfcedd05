/**
 * Rounds a coordinate to a fixed number of decimals so float noise such as 31.999999999999993
 * never reaches the HTML (conventions.md, "Facts measured" 5).
 * @example round(31.999999999999993) // 32
 */
export function round(value: number, digits = 2): number {
	const k = 10 ** digits;
	const r = Math.round(value * k) / k;
	// Math.round(-0.001 * 100) is -0, which prints as "0" but fails Object.is checks in tests.
	return r === 0 ? 0 : r;
}
