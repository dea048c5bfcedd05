/** The publication a figure was read from, as the site cites it. */
export interface CitedSource {
	/** The publication's name; "same …" in the file is resolved to the earlier row's name. */
	name: string;
	url: string;
	/** As published: YYYY-MM-DD, YYYY-MM, or "" when the row gives none. */
	date: string;
	/** primary: the publisher's own page or answer; secondary: a report quoting it. */
	origin: 'primary' | 'secondary';
	/** source_type as published, e.g. "secondary (news citing MoJ)". */
	type: string;
}
