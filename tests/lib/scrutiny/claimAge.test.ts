import { describe, expect, it } from 'vitest';
import { claimAge, newestRelease } from '~/lib/scrutiny/claimAge';

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
