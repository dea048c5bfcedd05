import { describe, expect, it } from 'vitest';
import { formatPoints, formatValue } from '../../../src/lib/scrutiny/formatValue';

const n = (value: number) => ({ status: 'published' as const, value });

describe('formatValue(figure, unit, options)', () => {
	it.each([
		[n(1375), 'count', {}, '1,375'],
		[n(53), 'percent', {}, '53%'],
		[n(11.7), 'percent', {}, '11.7%'],
		[n(5), 'percent', { digits: 1 }, '5.0%'],
		[n(20000), 'gbp', { qualifier: 'more_than' }, 'more than £20,000'],
		[n(15), 'per_month', { qualifier: 'about' }, 'about 15 a month'],
		[n(10), 'fold', {}, '10-fold'],
		[n(23), 'weeks', {}, '23 weeks'],
		[n(1), 'weeks', {}, '1 week'],
		[n(250), 'cases', { qualifier: 'up_to' }, 'up to 250 cases'],
		[n(75), 'percent', { qualifier: 'target' }, 'a target of 75%'],
		[n(0), 'count', {}, '0'],
	] as const)('%o in %s (%o) → %s', (figure, unit, options, text) => {
		expect(formatValue(figure, unit, options)).toBe(text);
	});

	it('prints an absent figure as words, never 0', () => {
		expect(formatValue({ status: 'not_reported', value: null }, 'percent')).toBe('not reported');
		expect(formatValue({ status: 'unavailable', value: null }, 'percent', { absentWords: 'not seen' })).toBe(
			'not seen',
		);
	});
});

describe('formatPoints(value)', () => {
	it('writes a difference of rates in percentage points', () => {
		expect(formatPoints(36.2)).toBe('36.2 percentage points');
	});
});
