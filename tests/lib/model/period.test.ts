import { describe, expect, it } from 'vitest';
import { formatPeriod, parseEesAcademicCode, parseIsoDate, parsePeriod, periodKey } from '~/lib/model/period';

describe('parsePeriod(kind, text)', () => {
	it.each([
		['calendar', '2018', { kind: 'calendar', year: 2018 }],
		['january', '2025', { kind: 'january', year: 2025 }],
		['academic', '2022/23', { kind: 'academic', startYear: 2022 }],
		['academic', '1999/00', { kind: 'academic', startYear: 1999 }],
		['financial', '2023-24', { kind: 'financial', startYear: 2023 }],
		['date', '2018-09-28', { kind: 'date', date: '2018-09-28' }],
		['range', '2017-04-01/2017-12-31', { kind: 'range', start: '2017-04-01', end: '2017-12-31' }],
	])('reads %s %s', (kind, text, expected) => {
		expect(parsePeriod(kind, text)).toEqual(expected);
		// periodKey is its inverse, so derived files round-trip.
		expect(periodKey(expected as never)).toBe(text);
	});

	it.each([
		['date', '2018-02-30'], // a day that does not exist
		['date', '28/09/2018'], // not ISO
		['academic', '2022/24'], // years not consecutive
		['financial', '2023/24'], // wrong separator for a financial year
		['calendar', '18'],
		['range', '2018-01-01/2017-12-31'], // ends before it starts
		['quarter', '2018'], // unknown kind
	])('rejects %s %s with a message', (kind, text) => {
		expect(parsePeriod(kind, text)).toHaveProperty('error');
	});
});

describe('parseIsoDate(text)', () => {
	it('does not move a date with the machine time zone (tests run in Los Angeles)', () => {
		expect(parseIsoDate('2018-03-31')?.toISOString()).toBe('2018-03-31T00:00:00.000Z');
	});
});

describe('parseEesAcademicCode(code)', () => {
	it('reads 202425 as the year starting 2024', () => expect(parseEesAcademicCode('202425')).toBe(2024));
	it('rejects 202426', () => expect(parseEesAcademicCode('202426')).toBeNull());
});

describe('formatPeriod(period)', () => {
	it.each([
		[{ kind: 'financial', startYear: 2023 }, 'April 2023 to March 2024'],
		[{ kind: 'date', date: '2018-09-28' }, '28 September 2018'],
		[{ kind: 'january', year: 2018 }, 'January 2018'],
	])('formats %j as %s', (period, text) => expect(formatPeriod(period as never)).toBe(text));
});
