import { describe, expect, it } from 'vitest';
import { toCsv } from '~/lib/format/toCsv';

describe('toCsv(fields, rows)', () => {
	it('writes a header, LF line ends and one final newline', () => {
		expect(toCsv(['measure', 'value'], [['timeliness_20wk_excl', 11.7]])).toBe(
			'measure,value\ntimeliness_20wk_excl,11.7\n',
		);
	});

	it('writes null and undefined as empty cells, never "null"', () => {
		expect(toCsv(['a', 'b', 'c'], [[null, undefined, 0]])).toBe('a,b,c\n,,0\n');
	});

	it('quotes commas, quotes and line breaks (RFC 4180)', () => {
		expect(toCsv(['quote'], [['“about 15 a month”, he said "so"'], ['two\nlines']])).toBe(
			'quote\n"“about 15 a month”, he said ""so"""\n"two\nlines"\n',
		);
	});

	it('ends a file with no rows after its header, with no blank line', () => {
		expect(toCsv(['measure', 'area_code'], [])).toBe('measure,area_code\n');
	});
});
