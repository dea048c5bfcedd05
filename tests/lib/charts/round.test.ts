import { describe, expect, it } from 'vitest';
import { round } from '../../../src/lib/charts/round';
import { scaleLinear } from 'd3-scale';

describe('round(value, digits)', () => {
	it('round(31.999999999999993) is 32: the float noise measured in a built page', () => {
		// conventions.md, "Facts measured" 5: scaleLinear([0, 100], [160, 0]) put y="31.999999999999993" in the HTML.
		const y = scaleLinear([0, 100], [160, 0]);
		expect(y(80)).not.toBe(32);
		expect(round(y(80))).toBe(32);
	});

	it.each([
		[1.005, 2, 1],
		[12.345678, 2, 12.35],
		[12.345678, 0, 12],
		[-0.001, 2, 0],
	])('round(%s, %s) is %s', (value, digits, expected) => {
		expect(Object.is(round(value, digits), expected)).toBe(true);
	});
});
