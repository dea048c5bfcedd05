import { sourceLabel, type SourceForLabel } from '../format/sourceLabel';

/** A source as the sheet's list prints it: a short name and the full address, since paper cannot link. */
export interface SheetSource {
	label: string;
	/** The full address, printed in full; null for a source with none (a document held by the site). */
	url: string | null;
}

/** A source row as the sheet needs it. */
export type SheetSourceRow = SourceForLabel & { url: string };

/**
 * The sources a sheet cites, each once, in first-cited order: rows named by id (null ids, from
 * lines that cite nothing, are skipped) and sources a chart already names.
 */
export function sheetSources(
	ids: readonly (string | null)[],
	source: (id: string) => SheetSourceRow,
	named: readonly { title: string; url?: string | undefined }[] = [],
): SheetSource[] {
	const listed = [
		...ids
			.filter((id): id is string => id !== null)
			.map((id) => source(id))
			.map((s) => ({ label: sourceLabel(s), url: s.url || null })),
		...named.map((s) => ({ label: s.title, url: s.url ?? null })),
	];
	// Paper has no links to click, so each address is printed once, with every source found there.
	const byUrl = new Map<string, { labels: string[]; url: string | null }>();
	for (const s of listed) {
		const key = s.url ?? `no address: ${s.label}`;
		const group = byUrl.get(key) ?? { labels: [], url: s.url };
		if (!group.labels.includes(s.label)) group.labels.push(s.label);
		byUrl.set(key, group);
	}
	return [...byUrl.values()].map((g) => ({ label: joinReleases(g.labels), url: g.url }));
}

const RELEASE = /^(.*), reporting year (\d{4})$/;

/**
 * Labels found at one address, each publication once with its releases: "DfE, Education, health
 * and care plans, reporting years 2023, 2025 and 2026; MoJ/HMCTS, SEND appeal rate table".
 */
export function joinReleases(labels: readonly string[]): string {
	const byTitle = new Map<string, string[]>();
	for (const label of labels) {
		const match = RELEASE.exec(label);
		const title = match?.[1] ?? label;
		byTitle.set(title, [...(byTitle.get(title) ?? []), ...(match?.[2] ? [match[2]] : [])]);
	}
	return [...byTitle.entries()]
		.map(([title, years]) => {
			const sorted = [...new Set(years)].sort();
			if (sorted.length === 0) return title;
			if (sorted.length === 1) return `${title}, reporting year ${sorted[0]}`;
			return `${title}, reporting years ${sorted.slice(0, -1).join(', ')} and ${sorted.at(-1)}`;
		})
		.join('; ');
}
