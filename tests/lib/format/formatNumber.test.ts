import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumber } from '../../../src/lib/format/formatNumber';

describe('formatNumber(value, options)', () => {
	it.each([
		// Whole numbers group in thousands: 1,375 requests (Derby's own figure, seed 002).
		[1375, {}, '1,375'],
		[0, {}, '0'],
		[-0, {}, '0'],
		// Up to three decimals by default, trailing zeros dropped.
		[0.5, {}, '0.5'],
		[13.25, {}, '13.25'],
		[1.23456, {}, '1.235'],
		// One decimal at most: 140 / 100 is "1.4 times"; 2 stays "2".
		[1.4, { maxDigits: 1 }, '1.4'],
		[2, { maxDigits: 1 }, '2'],
		[1.25, { maxDigits: 1 }, '1.3'],
		// Pounds and pence: always two decimals.
		[20000.5, { minDigits: 2, maxDigits: 2 }, '20,000.50'],
		[12.1, { minDigits: 1, maxDigits: 1 }, '12.1'],
	] as const)('formatNumber(%s, %o) is %s', (value, options, text) => {
		expect(formatNumber(value, options)).toBe(text);
	});

	it('formatNumber(NaN) throws', () => {
		expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
	});

	// formatNumber replaced toLocaleString('en-GB', …) across the site: it must print what that printed.
	it("prints what toLocaleString('en-GB') printed, for any finite number and one or two decimals", () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e9 }), (x) => {
				expect(formatNumber(x)).toBe((x === 0 ? 0 : x).toLocaleString('en-GB'));
				expect(formatNumber(x, { maxDigits: 1 })).toBe(
					(x === 0 ? 0 : x).toLocaleString('en-GB', { maximumFractionDigits: 1 }),
				);
				expect(formatNumber(x, { minDigits: 2, maxDigits: 2 })).toBe(
					(x === 0 ? 0 : x).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
				);
			}),
			{ seed: 20261130, numRuns: 2000 },
		);
	});
});
