import type { DataUpdate } from '../model/dataUpdate';
import { formatIsoDate } from '../format/formatIsoDate';
import { sourceLabel, type SourceForLabel } from '../format/sourceLabel';

/** One entry of the Data updates page, ready to render. */
export interface DataUpdateEntry {
	/** Anchor for a link to this entry, unique on the page. */
	id: string;
	date: string;
	/** The date as readers write it: "23 November 2026". */
	dateText: string;
	summary: string;
	added: string;
	revisions: string;
	corrections: string;
	/** Short citations, each once, linking to the source's entry on the Sources page. */
	sources: { label: string; href: string }[];
}

/**
 * The Data updates page's entries, in the order given (newest first from data.ts). Sources that
 * share a short citation (three files of one DfE release) are cited once, linked to the first.
 */
export function dataUpdatesPage(
	updates: readonly DataUpdate[],
	getSource: (id: string) => SourceForLabel,
	sourcesHref: string,
): DataUpdateEntry[] {
	const used = new Map<string, number>();
	return updates.map((u) => {
		const n = (used.get(u.date) ?? 0) + 1;
		used.set(u.date, n);
		const sources = new Map<string, string>();
		for (const id of u.sources) {
			const label = sourceLabel(getSource(id));
			if (!sources.has(label)) sources.set(label, `${sourcesHref}#${id}`);
		}
		return {
			id: `update-${u.date}${n > 1 ? `-${n}` : ''}`,
			date: u.date,
			dateText: formatIsoDate(u.date) ?? u.date,
			summary: u.summary,
			added: u.added,
			revisions: u.revisions,
			corrections: u.corrections,
			sources: [...sources].map(([label, href]) => ({ label, href })),
		};
	});
}
