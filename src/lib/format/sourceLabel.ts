/** The parts of a source row a short citation needs. */
export interface SourceForLabel {
	publisher: string;
	title: string;
	release: string;
	/** Release date, YYYY-MM-DD, or blank when the publisher gives none. */
	published?: string;
}

// Publishers as readers know them; the full name stays on the Sources page.
const SHORT_PUBLISHERS: [RegExp, string][] = [
	[/^Department for Education/, 'DfE'],
	[/^Ministry of Justice/, 'MoJ/HMCTS'],
	[/Local Government and Social Care Ombudsman/, 'LGSCO'],
];

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** A title without the file name and notes after a colon or in brackets: "Education, health and care plans". */
export function shortTitle(title: string): string {
	return title.split(/:\s/)[0]?.replace(/\s*\(.*$/, '') ?? title;
}

/**
 * A short citation as a reader would write it: publisher, title, and when it was released
 * ("DfE, Education, health and care plans, June 2025"). Without a release date, the release's
 * year ("2026 release"); file names and the rest stay on the Sources page.
 */
export function sourceLabel(source: SourceForLabel): string {
	const publisher = SHORT_PUBLISHERS.find(([pattern]) => pattern.test(source.publisher))?.[1] ?? source.publisher;
	const title = shortTitle(source.title);
	const date = /^(\d{4})-(\d{2})-\d{2}$/.exec(source.published ?? '');
	const when = date
		? `${MONTHS[Number(date[2]) - 1]} ${date[1]}`
		: /^Reporting year (\d{4})/.exec(source.release)?.[1]?.replace(/$/, ' release');
	return [publisher, title, when].filter(Boolean).join(', ');
}
