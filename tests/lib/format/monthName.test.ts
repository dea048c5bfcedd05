import { describe, expect, it } from 'vitest';
import { monthName } from '../../../src/lib/format/monthName';

describe('monthName', () => {
	it('names months from 1 (January) to 12 (December)', () => {
		expect([1, 3, 7, 10, 12].map(monthName)).toEqual(['January', 'March', 'July', 'October', 'December']);
	});
	it('refuses a number that is not a month', () => {
		for (const bad of [0, 13, 2.5]) expect(() => monthName(bad)).toThrow(RangeError);
	});
});
