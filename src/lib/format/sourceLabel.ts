/** The parts of a source row a short citation needs. */
export interface SourceForLabel {
	publisher: string;
	title: string;
	release: string;
}

// Publishers as readers know them; the full name stays on the Sources page.
const SHORT_PUBLISHERS: [RegExp, string][] = [
	[/^Department for Education/, 'DfE'],
	[/^Ministry of Justice/, 'MoJ/HMCTS'],
	[/Local Government and Social Care Ombudsman/, 'LGSCO'],
];

/** A short citation for a source: "DfE, Education, health and care plans, reporting year 2025". */
export function sourceLabel(source: SourceForLabel): string {
	const publisher = SHORT_PUBLISHERS.find(([pattern]) => pattern.test(source.publisher))?.[1] ?? source.publisher;
	const title = source.title.split(/:\s/)[0]?.replace(/\s*\(.*$/, '') ?? source.title;
	const release = /^Reporting year \d{4}/.exec(source.release)?.[0]?.toLowerCase();
	return [publisher, title, release].filter(Boolean).join(', ');
}

/** A title without the file name and notes after a colon or in brackets: "Education, health and care plans". */
export function shortTitle(title: string): string {
	return title.split(/:\s/)[0]?.replace(/\s*\(.*$/, '') ?? title;
}
