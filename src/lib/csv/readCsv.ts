import Papa from 'papaparse';
import type { Problem } from '../problems';

/** One data row of a CSV file: its cells by header name, and where it started in the file. */
export interface CsvRecord {
	/** 1-based line of the file on which this record starts (records may span lines). */
	line: number;
	/** Cells as the published strings, keyed by header name. Never coerced. */
	cells: Record<string, string>;
	/** The cells in file order, for files whose headers repeat or are blank. */
	fields: string[];
}

export interface CsvTable {
	file: string;
	header: string[];
	/** 1-based line of the header row. */
	headerLine: number;
	records: CsvRecord[];
	problems: Problem[];
}

export interface ReadCsvOptions {
	/** Records (not lines) to skip before the header, for files with title rows. */
	skipRecords?: number;
	/**
	 * Accept records whose cell count differs from the header's, for published files laid out
	 * for print (titles, notes, several tables in one file) whose reader checks each line's shape
	 * itself. Otherwise every such record is a problem: readCsv would fill absent cells with "",
	 * which a schema reads as a blank ("not seen", "no remedy") rather than a broken line.
	 */
	ragged?: boolean;
}

/** The header of a streamed CSV file and what went wrong reading it; the records went to the visitor. */
export type CsvStream = Omit<CsvTable, 'records'>;

export interface StreamCsvOptions extends ReadCsvOptions {
	/** Called once with the trimmed header; returning false stops the reading (e.g. a required column is missing). */
	onHeader?: (header: string[], headerLine: number) => boolean;
}

/**
 * Reads CSV text one record at a time, handing each data record to `visit` and keeping none of
 * them, so a reader that selects rows as they pass holds only what it keeps (issue 8: the
 * pipeline's peak memory). Cells stay strings, as in readCsv.
 */
export function streamCsv(
	text: string,
	file: string,
	visit: (record: CsvRecord) => void,
	options: StreamCsvOptions = {},
): CsvStream {
	// DfE's EES files start with a UTF-8 byte order mark; it must not stick to the first header.
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const skip = options.skipRecords ?? 0;
	const problems: Problem[] = [];
	let header: string[] | null = null;
	let headerLine = 1;
	let seen = 0;
	let line = 1;
	let counted = 0;
	let start = 0;
	// Records may span lines (quoted newlines), so each record's first line is found by counting
	// the newlines between the previous record's start and its own.
	const lineOf = (offset: number): number => {
		for (let i = counted; i < offset; i++) if (body.charCodeAt(i) === 10) line++;
		counted = Math.max(counted, offset);
		return line;
	};
	Papa.parse<string[]>(body, {
		header: false,
		// Fixed, never guessed: papaparse's auto-detection can pick ";" from a few rows of prose.
		delimiter: ',',
		dynamicTyping: false,
		skipEmptyLines: false,
		step: (result, parser) => {
			const fields = result.data;
			const at = lineOf(start);
			for (const error of result.errors) {
				problems.push({ file, line: at, column: 0, message: `CSV syntax: ${error.message}` });
			}
			start = result.meta.cursor;
			while (body[start] === '\n' || body[start] === '\r') start++;
			if (fields.length === 1 && fields[0] === '') return;
			if (seen++ < skip) return;
			if (header === null) {
				header = fields.map((h) => h.trim());
				headerLine = at;
				if (options.onHeader && !options.onHeader(header, headerLine)) parser.abort();
				return;
			}
			if (!options.ragged && fields.length !== header.length) {
				problems.push({ file, line: at, column: 0, message: `expected ${header.length} cells, got ${fields.length}` });
			}
			// No prototype, so a header such as "constructor" is a column like any other.
			const cells: Record<string, string> = Object.create(null) as Record<string, string>;
			header.forEach((name, i) => {
				if (name !== '' && !Object.hasOwn(cells, name)) cells[name] = fields[i] ?? '';
			});
			visit({ line: at, cells, fields });
		},
	});
	if (header === null) {
		problems.push({ file, line: 1, column: 0, message: 'the file has no header row' });
		return { file, header: [], headerLine: 1, problems };
	}
	return { file, header, headerLine, problems };
}

/**
 * Reads CSV text into string cells with line numbers.
 * Everything stays a string so that a stray "x" or "1,071" is a validation error downstream,
 * not a silent NaN (papaparse's dynamicTyping would mix numbers and strings in one column).
 */
export function readCsv(text: string, file: string, options: ReadCsvOptions = {}): CsvTable {
	const records: CsvRecord[] = [];
	const stream = streamCsv(text, file, (record) => records.push(record), options);
	return { ...stream, records };
}

/** Problems for required columns that the header lacks. */
export function missingColumns(
	table: Pick<CsvTable, 'file' | 'header' | 'headerLine'>,
	required: readonly string[],
): Problem[] {
	return required
		.filter((name) => !table.header.includes(name))
		.map((name) => ({
			file: table.file,
			line: table.headerLine,
			column: 0,
			message: `missing column "${name}" (header has ${table.header.length} columns: ${table.header.slice(0, 6).join(', ')}${table.header.length > 6 ? ', …' : ''})`,
		}));
}

/** 1-based column number of a header name, or 0 when the header lacks it. */
export function columnOf(table: Pick<CsvTable, 'header'>, name: string): number {
	return table.header.indexOf(name) + 1;
}
