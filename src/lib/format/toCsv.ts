import Papa from 'papaparse';

/** A CSV cell as written: numbers as JavaScript prints them, null and undefined as an empty cell. */
export type CsvCell = string | number | null | undefined;

/**
 * The one CSV writer for the pipeline and the site: a header row, then one line per row, LF line
 * ends, RFC 4180 quoting (papaparse), and exactly one final newline, also when there are no rows.
 */
export function toCsv(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
	const text = Papa.unparse(
		{
			fields: [...fields],
			data: rows.map((row) => row.map((cell) => cell ?? '')),
		},
		{ newline: '\n' },
	);
	// papaparse ends a header-only file with a newline but not a file with rows.
	return text.endsWith('\n') ? text : `${text}\n`;
}
