import type { Source } from '../data';

/** Rows that cite a source by id, each given the source row itself, so a component can cite it without a lookup. */
export function withSource<Row extends { sourceId: string }>(
	rows: readonly Row[],
	source: (id: string) => Source,
): (Row & { source: Source })[] {
	return rows.map((row) => ({ ...row, source: source(row.sourceId) }));
}
