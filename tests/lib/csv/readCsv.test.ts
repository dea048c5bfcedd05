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
			'f.csv:1:0: the file has no header row',
		]);
	});
});

describe('readCsv(text, file, options)', () => {
	it('keeps every record, with cells by header name', () => {
		const table = readCsv(TEXT, 'f.csv', { skipRecords: 1 });
		expect(table.records.map((r) => [r.line, r.cells['name'], r.cells['value']])).toEqual([
			[3, 'Bristol, City of', '1'],
			[4, 'two\nlines', '2'],
			[7, 'last', '3'],
		]);
	});
});
