/** One entry in the site's changelog (data/reference/data-updates.csv): what arrived, what changed, and when. */
export interface DataUpdate {
	/** YYYY-MM-DD. */
	date: string;
	summary: string;
	/** What arrived in words; blank when the update only revised or corrected. */
	added: string;
	/** Figures the publisher changed; blank means none, which the page says. */
	revisions: string;
	/** What the site fixed or now flags; blank means none. */
	corrections: string;
	/** Ids of rows in data/reference/sources.csv; at least one. */
	sources: string[];
}
