import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** Reads a repo file as text (tests run from the repo root). */
export const readRepoFile = (path: string): string => readFileSync(path, 'utf8');

/** The header line plus the given 1-based lines of a real file: a tiny fixture that keeps the real shape. */
export function linesOf(path: string, lines: number[]): string {
	const all = readRepoFile(path).split('\n');
	return [all[0], ...lines.map((n) => all[n - 1])].join('\n') + '\n';
}

/** Text with real line `line` (1-based) given one cell (0-based) replaced. */
export function withCell(text: string, line: number, index: number, value: string): string {
	// Keep the file's own line ending (the 2016-framework Ofsted file uses CRLF): a lone LF among
	// CRLFs would join two records.
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const lines = text.split(eol);
	const fields = Papa.parse<string[]>(lines[line - 1]!, { delimiter: ',' }).data[0]!;
	fields[index] = value;
	lines[line - 1] = Papa.unparse([fields]);
	return lines.join(eol);
}

/** The repo path of a source listed in data/reference/sources.csv, by its id (paths live only there). */
export function sourceFile(id: string): string {
	const rows = Papa.parse<Record<string, string>>(readRepoFile('data/reference/sources.csv'), { header: true }).data;
	const file = rows.find((r) => r['id'] === id)?.['file'];
	if (!file) throw new Error(`no file for source ${id} in data/reference/sources.csv`);
	return file;
}
