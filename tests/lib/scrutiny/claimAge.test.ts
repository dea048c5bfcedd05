import { describe, expect, it } from 'vitest';
import { claimAge, newestRelease, claimsAsOf } from '~/lib/scrutiny/claimAge';

describe('claimAge(claimDate, asOf)', () => {
	it.each([
		['2023-10-25', '2026-06-25', '2 years and 8 months'],
		['2023-10-25', '2026-06-24', '2 years and 7 months'],
		['2018-10-29', '2025-06-26', '6 years and 7 months'],
		['2024', '2025-06-26', '1 year and 5 months'],
		['2025-05', '2025-06-26', '1 month'],
		['2018-07-17', '2019-07-17', '1 year'],
		['2026-01-01', '2025-06-26', null],
		['no date', '2025-06-26', null],
	])('claimAge(%s, %s) is %s', (date, asOf, words) => expect(claimAge(date, asOf)).toBe(words));
});

describe('newestRelease(sources)', () => {
	it('is the latest full date, ignoring blanks', () => {
		expect(newestRelease([{ published: '2025-06-26' }, { published: '' }, { published: '2022-11-17' }])).toBe(
			'2025-06-26',
		);
	});
});

describe('claimsAsOf(englandPlans, sources)', () => {
	const plans = (years: string[]) => years.map((period) => ({ period, figure: { status: 'published' } }));
	it('counts to the January census when it is newer than every dated release (the 2026 release has no day recorded)', () => {
		expect(claimsAsOf(plans(['2025', '2026']), [{ published: '2025-06-26' }, { published: '' }])).toBe('2026-01');
		// 25 October 2023 to January 2026: 2 years and 2 months (the 25th is after the 1st, so 26 months, not 27).
		expect(claimAge('2023-10-25', claimsAsOf(plans(['2026']), [{ published: '2025-06-26' }]))).toBe(
			'2 years and 2 months',
		);
	});
	it('keeps a dated release that is newer than the census', () => {
		expect(claimsAsOf(plans(['2025']), [{ published: '2025-06-26' }])).toBe('2025-06-26');
		expect(claimsAsOf([], [{ published: '2025-06-26' }])).toBe('2025-06-26');
	});
});
