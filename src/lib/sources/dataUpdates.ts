import { z } from 'zod';
import { requiredText } from '../csv/cells';
import { columnOf } from '../csv/readCsv';
import { readValidatedTable } from '../csv/readValidatedTable';
import { parseIsoDate } from '../model/period';
import type { Parsed } from '../problems';
import type { DataUpdate } from '../model/dataUpdate';

// data/reference/data-updates.csv: the site's changelog, one row per data update, so a reader who
// cited a figure can see what was added, revised or corrected, and when. Kept as data, not page copy.

/** The columns of data-updates.csv, in file order. */
export const DATA_UPDATE_COLUMNS = ['date', 'summary', 'added', 'revisions', 'corrections', 'sources'] as const;

export const DataUpdateSchema = z.object({
	date: z
		.string()
		.trim()
		.refine((s) => parseIsoDate(s) !== null, { message: 'date must be a real date written YYYY-MM-DD' }),
	summary: requiredText(),
	/** What arrived in words; blank when the update only revised or corrected. */
	added: z.string().trim(),
	/** Figures the publisher changed; blank means none, which the page says. */
	revisions: z.string().trim(),
	/** What the site fixed or now flags; blank means none. */
	corrections: z.string().trim(),
	// Every entry names at least one source id from sources.csv (checked by parseDataUpdates).
	sources: requiredText().transform((s) => s.split(';').map((id) => id.trim())),
});

/**
 * Parses data-updates.csv. Each entry needs a real date, a summary and at least one known source
 * id (separated by ";"); entries must run oldest first, so the file reads as a history.
 */
export function parseDataUpdates(
	text: string,
	file: string,
	context: { sourceIds: ReadonlySet<string> },
): Parsed<DataUpdate> {
	const { table, rows, problems: all, lacksColumns } = readValidatedTable(text, file, DataUpdateSchema);
	if (lacksColumns) return { rows: [], problems: all };
	let previous = '';
	for (const { line, row } of rows) {
		for (const id of row.sources) {
			if (!context.sourceIds.has(id))
				all.push({
					file,
					line,
					column: columnOf(table, 'sources'),
					message: `sources: "${id}" is not an id in data/reference/sources.csv (got ${JSON.stringify(row.sources.join(';'))})`,
				});
		}
		if (row.date < previous)
			all.push({
				file,
				line,
				column: columnOf(table, 'date'),
				message: `date: entries run oldest first; this one is earlier than the entry above (got "${row.date}", above "${previous}")`,
			});
		previous = row.date;
	}
	return { rows: rows.map(({ row }) => row), problems: all };
}
