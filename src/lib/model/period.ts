import { UTCDate, utc } from '@date-fns/utc';
import { format, isValid, parseISO } from 'date-fns';
import { monthName } from '../format/monthName';

/**
 * A reporting period as a value, never a Date: sources count in calendar years (SEN2 flows,
 * MoJ appeal rates), academic years (tribunal outcomes), financial years (LGSCO), January
 * snapshots (plans in place) and single dates (an officer's "as at" figure).
 */
export type Period =
	| { kind: 'calendar'; year: number }
	| { kind: 'academic'; startYear: number }
	| { kind: 'financial'; startYear: number }
	| { kind: 'january'; year: number }
	| { kind: 'date'; date: string }
	| { kind: 'range'; start: string; end: string };

export type PeriodKind = Period['kind'];
export const PERIOD_KINDS: readonly PeriodKind[] = ['calendar', 'academic', 'financial', 'january', 'date', 'range'];

/** Parses an ISO date (YYYY-MM-DD) in UTC; null if it is malformed or does not exist (2018-02-30). */
export function parseIsoDate(text: string): Date | null {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
	const date = parseISO(text, { in: utc });
	// date-fns rolls 2018-02-30 over to 2 March; a round trip catches days that don't exist.
	if (!isValid(date) || format(date, 'yyyy-MM-dd', { in: utc }) !== text) return null;
	return date;
}

/** The canonical text of a period, as written in the data files' `period` column. */
export function periodKey(period: Period): string {
	switch (period.kind) {
		case 'calendar':
		case 'january':
			return String(period.year);
		case 'academic':
			return `${period.startYear}/${String((period.startYear + 1) % 100).padStart(2, '0')}`;
		case 'financial':
			return `${period.startYear}-${String((period.startYear + 1) % 100).padStart(2, '0')}`;
		case 'date':
			return period.date;
		case 'range':
			return `${period.start}/${period.end}`;
	}
}

/**
 * Reads a period from its kind and canonical text, the inverse of periodKey.
 * Returns a message instead of a value when the text does not fit the kind.
 */
export function parsePeriod(kind: string, text: string): Period | { error: string } {
	const t = text.trim();
	const year = (s: string) => (/^\d{4}$/.test(s) ? Number(s) : null);
	const twoYears = (sep: string) => {
		const m = new RegExp(`^(\\d{4})${sep}(\\d{2})$`).exec(t);
		if (!m) return null;
		const start = Number(m[1]);
		return (start + 1) % 100 === Number(m[2]) ? start : null;
	};
	switch (kind) {
		case 'calendar':
		case 'january': {
			const y = year(t);
			return y === null
				? { error: `a ${kind} period is a four-digit year such as 2018 (got ${JSON.stringify(text)})` }
				: { kind, year: y };
		}
		case 'academic': {
			const s = twoYears('/');
			return s === null
				? { error: `an academic year is written 2022/23 (got ${JSON.stringify(text)})` }
				: { kind, startYear: s };
		}
		case 'financial': {
			const s = twoYears('-');
			return s === null
				? { error: `a financial year is written 2023-24 (got ${JSON.stringify(text)})` }
				: { kind, startYear: s };
		}
		case 'date':
			return parseIsoDate(t)
				? { kind, date: t }
				: { error: `not a real date in the form YYYY-MM-DD (got ${JSON.stringify(text)})` };
		case 'range': {
			const [start = '', end = '', ...rest] = t.split('/');
			if (rest.length > 0 || !parseIsoDate(start) || !parseIsoDate(end)) {
				return {
					error: `a range is two real dates, start/end, e.g. 2017-04-01/2017-12-31 (got ${JSON.stringify(text)})`,
				};
			}
			if (start > end) return { error: `a range must start before it ends (got ${JSON.stringify(text)})` };
			return { kind, start, end };
		}
		default:
			return { error: `unknown period type ${JSON.stringify(kind)}; use one of ${PERIOD_KINDS.join(', ')}` };
	}
}

/** Reads an EES academic-year code such as 202425 (the 2024/25 year; its census is January 2025). */
export function parseEesAcademicCode(code: string): number | null {
	const m = /^(\d{4})(\d{2})$/.exec(code.trim());
	if (!m) return null;
	const start = Number(m[1]);
	return (start + 1) % 100 === Number(m[2]) ? start : null;
}

/** A period in words for readers: "2018", "2024/25", "April 2023 to March 2024", "28 September 2018". */
export function formatPeriod(period: Period): string {
	const day = (iso: string) => {
		const d = new UTCDate(iso);
		return `${d.getUTCDate()} ${monthName(d.getUTCMonth() + 1)} ${d.getUTCFullYear()}`;
	};
	switch (period.kind) {
		case 'calendar':
			return String(period.year);
		case 'january':
			return `January ${period.year}`;
		case 'academic':
			return periodKey(period);
		case 'financial':
			return `April ${period.startYear} to March ${period.startYear + 1}`;
		case 'date':
			return day(period.date);
		case 'range':
			return `${day(period.start)} to ${day(period.end)}`;
	}
}

/** The first day of a period as an ISO date: calendar 2018 → "2018-01-01", academic 2022/23 → "2022-09-01". */
export function periodStart(period: Period): string {
	switch (period.kind) {
		case 'calendar':
			return `${period.year}-01-01`;
		case 'january':
			return `${period.year}-01-01`;
		case 'academic':
			return `${period.startYear}-09-01`;
		case 'financial':
			return `${period.startYear}-04-01`;
		case 'date':
			return period.date;
		case 'range':
			return period.start;
	}
}
