import { describe, expect, it } from 'vitest';
import { findQuoteLines } from '~/lib/text/findQuoteLines';

describe('findQuoteLines(text, quote)', () => {
	it('matches a quote across a line break, on the line where it starts', () => {
		expect(findQuoteLines('a\nthe national average is\n\n46%. more', 'the national average is 46%')).toEqual([2]);
		expect(findQuoteLines('one\ntwo three\n\nfour  five', 'three four five')).toEqual([2]);
	});
	it('returns every start, and none for a quote not in the text', () => {
		expect(findQuoteLines('x 14\ny 14', '14')).toEqual([1, 2]);
		expect(findQuoteLines('x 14', '15')).toEqual([]);
		expect(findQuoteLines('one', 'two')).toEqual([]);
	});
	it('counts a character outside the Basic Multilingual Plane as the two units it takes in the text', () => {
		// "📈" is two UTF-16 units: counted as one, "x" would be read one place on, at line 2's break.
		expect(findQuoteLines('📈 x\ny', 'x')).toEqual([1]);
	});
});
