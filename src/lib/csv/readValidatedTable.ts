import { ZodEffects, ZodObject, type z } from 'zod';
import type { Problem } from '../problems';
import { columnOf, missingColumns, readCsv, type CsvTable } from './readCsv';
import { validateRecords } from './validateRecords';

/** A table read and checked against its schema: the rows that passed, and every problem so far. */
export interface ValidatedTable<Schema extends z.ZodTypeAny> {
	table: CsvTable;
	/** Rows whose every cell passed the schema, with the line each starts on. */
	rows: { line: number; row: z.output<Schema> }[];
	/**
	 * Every problem found so far: the CSV's own (a short or long row as `expected N cells, got M`),
	 * missing columns, and each bad cell. The caller adds its own row checks to this array.
	 */
	problems: Problem[];
	/** True when the header lacks a required column; then no row was validated. */
	lacksColumns: boolean;
	/**
	 * A reporter for one line: `at(line)('period', 'message')` adds `file:line:column: period: message`,
	 * the column found from its header name.
	 */
	at: (line: number) => (column: string, message: string) => void;
}

/** The columns a row schema requires: the keys of its object, looking through refinements. */
function schemaColumns(schema: z.ZodTypeAny): string[] {
	// ZodEffects (.refine, .superRefine, .transform) wrap the object whose shape names the columns.
	let inner: unknown = schema;
	while (inner instanceof ZodEffects) inner = (inner as ZodEffects<z.ZodTypeAny>).innerType();
	if (!(inner instanceof ZodObject))
		throw new Error('readValidatedTable: pass the columns for a schema that is not an object of columns');
	return Object.keys((inner as z.AnyZodObject).shape as z.ZodRawShape);
}

/**
 * The opening every CSV reader shares: read the text, check the header has the schema's columns,
 * and validate every row of the right width against the schema, collecting each problem as
 * file:line:column instead of stopping at the first.
 */
export function readValidatedTable<Schema extends z.ZodTypeAny>(
	text: string,
	file: string,
	schema: Schema,
	options: { columns?: readonly string[] } = {},
): ValidatedTable<Schema> {
	const table = readCsv(text, file);
	const problems: Problem[] = [...table.problems];
	const at =
		(line: number) =>
		(column: string, message: string): void => {
			problems.push({ file, line, column: columnOf(table, column), message: `${column}: ${message}` });
		};
	const missing = missingColumns(table, options.columns ?? schemaColumns(schema));
	if (missing.length > 0) {
		problems.push(...missing);
		return { table, rows: [], problems, lacksColumns: true, at };
	}
	const validated = validateRecords(table, schema);
	problems.push(...validated.problems);
	return { table, rows: validated.rows, problems, lacksColumns: false, at };
}
