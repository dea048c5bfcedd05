import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../src/lib/format/formatIsoDate';

describe('formatIsoDate(text)', () => {
	// Tests run with TZ=America/Los_Angeles: a local-time parse would print 25 June.
	it('formatIsoDate("2025-06-26") is "26 June 2025" in any time zone', () => {
		expect(formatIsoDate('2025-06-26')).toBe('26 June 2025');
	});

	it('formatIsoDate("2018-03-31") is "31 March 2018" (the transfer deadline)', () => {
		expect(formatIsoDate('2018-03-31')).toBe('31 March 2018');
	});

	// DfE's 2026 release is stated only as "published June 2026" (its .source.txt).
	it('formatIsoDate("2026-06") is "June 2026": a release known only to the month', () => {
		expect(formatIsoDate('2026-06')).toBe('June 2026');
	});

	it.each(['June 2025', '2025-02-30', '2025-6-1', '2026-13', '2026-00', ''])('formatIsoDate(%j) is null', (text) => {
		expect(formatIsoDate(text)).toBeNull();
	});
});
