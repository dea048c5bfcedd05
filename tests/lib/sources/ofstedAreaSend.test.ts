import { describe, expect, it } from 'vitest';
import { outcomeOf, parseUkDate } from '~/lib/sources/ofstedAreaSend';

describe('parseUkDate(text)', () => {
	it.each([
		['17/06/2019', '2019-06-17'],
		['14/11/24', '2024-11-14'], // two-digit years are 20yy
		['29/02/2024', '2024-02-29'],
		['01/01/1900', '1900-01-01'], // a real date; d2i's "none" meaning is read by the parser, not here
	])('reads %s as %s', (text, iso) => expect(parseUkDate(text)).toBe(iso));

	it.each(['31/02/2024', '29/02/23', '2024-11-14', '1/6/2019', '14/13/24', ''])('refuses %j', (text) =>
		expect(parseUkDate(text)).toBeNull(),
	);
});

describe('outcomeOf(text)', () => {
	it.each([
		['Typically positive experiences and outcomes', 'positive'],
		[
			'The local area partnership’s arrangements typically lead to positive experiences and outcomes for children',
			'positive',
		],
		['Inconsistent experiences and outcomes', 'inconsistent'],
		['Widespread and/or systemic failings', 'systemic_failings'],
		['Inspection outcome section not found.', null],
	])('%s → %s', (text, outcome) => expect(outcomeOf(text)).toBe(outcome));
});
