import { describe, expect, it } from 'vitest';
import { readCsv, streamCsv, type CsvRecord } from '~/lib/csv/readCsv';
import { formatProblem } from '~/lib/problems';

// A small file laid out like the published ones: a BOM, a title row, the header, a quoted cell
// that spans two lines, a blank line, and a record after it. Line numbers worked out by hand.
const TEXT = '\uFEFFTitle row,\nname,value\n"Bristol, City of",1\n"two\nlines",2\n\nlast,3\n';

describe('streamCsv(text, file, visit, options)', () => {
	it('hands over each data record with the line it starts on, after the skipped title and the header', () => {
		const seen: Pick<CsvRecord, 'line' | 'fields'>[] = [];
		const stream = streamCsv(TEXT, 'f.csv', ({ line, fields }) => seen.push({ line, fields }), { skipRecords: 1 });
		expect(stream.header).toEqual(['name', 'value']);
		expect(stream.headerLine).toBe(2);
		expect(seen).toEqual([
			{ line: 3, fields: ['Bristol, City of', '1'] },
			{ line: 4, fields: ['two\nlines', '2'] },
			{ line: 7, fields: ['last', '3'] },
		]);
		expect(stream.problems).toEqual([]);
	});

	it('stops when onHeader returns false, visiting nothing', () => {
		let visited = 0;
		const stream = streamCsv(TEXT, 'f.csv', () => visited++, { skipRecords: 1, onHeader: () => false });
		expect(visited).toBe(0);
		expect(stream.header).toEqual(['name', 'value']);
	});

	it('reports a file with no header row', () => {
		expect(streamCsv('\n\n', 'f.csv', () => undefined).problems.map(formatProblem)).toEqual([
			'f.csv:1: the file has no header row',
		]);
	});
});

describe('readCsv(text, file, options)', () => {
	// sources.csv with its last cells cut off (line 3) and one cell too many (line 4).
	const RAGGED = 'id,kind,note\nmoj,published_file,\ndfe,published_file\nlgsco,published_file,,extra\n';

	it('reports a short or long row as file:line: expected N cells, got M', () => {
		const table = readCsv(RAGGED, 'data/reference/sources.csv');
		expect(table.problems.map(formatProblem)).toEqual([
			'data/reference/sources.csv:3: expected 3 cells, got 2',
			'data/reference/sources.csv:4: expected 3 cells, got 4',
		]);
		// The records are still handed on, so a reader can report what else is wrong with them.
		expect(table.records).toHaveLength(3);
	});

	it('accepts rows of any width when the reader checks their shape itself (ragged)', () => {
		expect(readCsv(RAGGED, 'f.csv', { ragged: true }).problems).toEqual([]);
	});

	it('keeps every record, with cells by header name', () => {
		const table = readCsv(TEXT, 'f.csv', { skipRecords: 1 });
		expect(table.records.map((r) => [r.line, r.cells['name'], r.cells['value']])).toEqual([
			[3, 'Bristol, City of', '1'],
			[4, 'two\nlines', '2'],
			[7, 'last', '3'],
		]);
	});
});
