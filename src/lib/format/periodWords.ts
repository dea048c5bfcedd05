import { formatPeriod, parsePeriod } from '../model/period';

/**
 * A period as a reader says it: "calendar year 2025", "January 2025", "April 2023 to March 2024".
 * A bare "2025" is ambiguous on a page that also shows academic and financial years.
 * @example periodWords('calendar', '2025') // "calendar year 2025"
 */
export function periodWords(kind: string, period: string): string {
	const parsed = parsePeriod(kind, period);
	if ('error' in parsed) return period;
	if (parsed.kind === 'calendar') return `calendar year ${parsed.year}`;
	if (parsed.kind === 'academic') return `school year ${formatPeriod(parsed)}`;
	return formatPeriod(parsed);
}

/**
 * A measure's label to print beside its period: a label that names the month of its count drops it
 * when the period already says it, so "EHC plans in place in January" beside "January 2026" reads
 * "EHC plans in place", not "in January January 2026".
 * @example labelBesidePeriod('EHC plans in place in January', 'January 2026') // "EHC plans in place"
 */
export function labelBesidePeriod(label: string, period: string): string {
	const month = /^(January|February|March|April|May|June|July|August|September|October|November|December)\b/.exec(
		period,
	)?.[1];
	return month ? label.replace(new RegExp(` in ${month}$`), '') : label;
}
