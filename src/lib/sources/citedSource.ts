import { z } from 'zod';
import { parseIsoDate } from '../model/period';
import { got } from '../problems';
import type { CitedSource } from '../model/citedSource';

// The national redress files (data/raw/send-redress-national/) give every figure its own source in
// four columns: source_name, source_url, source_date, source_type. This module reads those columns
// the same way for both files.

/** The four source columns, read from string cells. */
export const citedSourceCells = {
	source_name: z.string().trim().min(1, { message: 'this cell is required but is empty' }),
	source_url: z.string().trim().url({ message: 'expected the address of the publication' }),
	source_date: z
		.string()
		.trim()
		.refine((s) => s === '' || /^\d{4}-\d{2}$/.test(s) || parseIsoDate(s) !== null, {
			message: 'expected blank, YYYY-MM or a real date written YYYY-MM-DD',
		}),
	source_type: z.string().trim().min(1, { message: 'this cell is required but is empty' }),
};

/**
 * Resolves one row's source. A name starting "same" points back to the first earlier row with the
 * same address (the files write "same Schools Week article"); with no such row it is a problem,
 * never a guess. A type that is neither a parliamentary answer, "primary …" nor "secondary …" is a
 * problem too, so a quoted figure is never passed off as the publisher's own.
 */
export function resolveCitedSource(
	cells: { source_name: string; source_url: string; source_date: string; source_type: string },
	named: Map<string, string>,
	at: (column: string, message: string) => void,
): CitedSource | null {
	let name = cells.source_name;
	if (/^same\b/i.test(name)) {
		const earlier = named.get(cells.source_url);
		if (!earlier) {
			at('source_name', `"same" needs an earlier row with the same source_url ${got(cells.source_name)}`);
			return null;
		}
		name = earlier;
	} else if (!named.has(cells.source_url)) named.set(cells.source_url, name);
	const type = cells.source_type;
	const origin = /^secondary\b/.test(type)
		? 'secondary'
		: /^(primary\b|parliamentary answer\b)/.test(type)
			? 'primary'
			: null;
	if (!origin) {
		at('source_type', `expected "primary …", "parliamentary answer …" or "secondary …" ${got(type)}`);
		return null;
	}
	return { name, url: cells.source_url, date: cells.source_date, origin, type };
}
