import type { z } from 'zod';
import type { Problem } from '../problems';
import { columnOf, type CsvTable, type CsvRecord } from './readCsv';

/**
 * Validates every record against a zod schema over its string cells and collects every
 * problem as file:line:column, rather than stopping at the first bad row.
 */
export function validateRecords<Schema extends z.ZodTypeAny>(
	table: CsvTable,
	schema: Schema,
	records: readonly CsvRecord[] = table.records,
): { rows: { line: number; row: z.output<Schema> }[]; problems: Problem[] } {
	const rows: { line: number; row: z.output<Schema> }[] = [];
	const problems: Problem[] = [];
	for (const record of records) {
		// A line with too few or too many cells is reported once, by readCsv, not cell by cell here.
		if (record.fields.length !== table.header.length) continue;
		const result = schema.safeParse(record.cells);
		if (result.success) {
			rows.push({ line: record.line, row: result.data as z.output<Schema> });
			continue;
		}
		for (const issue of result.error.issues) {
			const name = String(issue.path[0] ?? '');
			const raw = record.cells[name];
			const message =
				issue.code === 'invalid_type' && raw === undefined
					? `"${name}" is missing from this row`
					: issue.message.includes('(got ') || name === ''
						? issue.message
						: `${issue.message} (got ${JSON.stringify(raw ?? '')})`;
			problems.push({
				file: table.file,
				line: record.line,
				column: columnOf(table, name),
				message: name ? `${name}: ${message}` : message,
			});
		}
	}
	return { rows, problems };
}
