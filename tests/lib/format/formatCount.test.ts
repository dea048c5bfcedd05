import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/lib/format/formatCount';

describe('formatCount(value)', () => {
	it.each([
		// DfE SEN2: Derby transfers from statements to EHC plans, 2014–2018.
		[1091, '1,091'],
		[186, '186'],
		[0, '0'],
		[1234567, '1,234,567'],
	])('formatCount(%s) is %s', (value, text) => {
		expect(formatCount(value)).toBe(text);
	});

	it('formatCount(Infinity) throws', () => {
		expect(() => formatCount(Infinity)).toThrow(RangeError);
	});
});
