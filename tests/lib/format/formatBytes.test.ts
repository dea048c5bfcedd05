import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/lib/format/formatBytes';

describe('formatBytes(bytes)', () => {
	it.each([
		[0, '0 bytes'],
		[1, '1 byte'],
		[512, '512 bytes'],
		[999, '999 bytes'],
		[1000, '1.0 kB'],
		[3240, '3.2 kB'],
		[999_949, '999.9 kB'],
		// Would print as "1,000.0 kB": move up to MB.
		[999_999, '1.0 MB'],
		[2_500_000, '2.5 MB'],
	])('formatBytes(%s) is %s', (bytes, text) => {
		expect(formatBytes(bytes)).toBe(text);
	});

	it('formatBytes(-1) and formatBytes(1.5) throw', () => {
		expect(() => formatBytes(-1)).toThrow(RangeError);
		expect(() => formatBytes(1.5)).toThrow(RangeError);
	});
});
