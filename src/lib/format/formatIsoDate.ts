import { monthName } from './monthName';

const longDate = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * Formats an ISO calendar date ("2025-06-26") as GOV.UK style "26 June 2025", or a month
 * ("2026-06") as "June 2026"; returns null when the text is neither. The date is read as a UTC calendar day, so the machine's
 * time zone never moves it (conventions.md §5).
 */
export function formatIsoDate(text: string): string | null {
	// A publisher may state only the month of a release ("published June 2026"): "2026-06".
	const monthOnly = ISO_MONTH.exec(text);
	if (monthOnly) {
		const month = Number(monthOnly[2]);
		return month >= 1 && month <= 12 ? `${monthName(month)} ${monthOnly[1]}` : null;
	}
	const match = ISO_DATE.exec(text);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	// Reject dates that roll over, such as 2025-02-30.
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
		return null;
	}
	return longDate.format(date);
}
