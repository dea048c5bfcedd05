import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/lib/charts/textWidth';

describe('textWidth(text, fontSize)', () => {
	it('grows with the font size and the number of characters', () => {
		expect(textWidth('Derby', 28)).toBeCloseTo(2 * textWidth('Derby', 14));
		expect(textWidth('East Midlands', 14)).toBeGreaterThan(textWidth('England', 14));
	});

	it('is generous enough for "100%" at 14 units (Arial measures about 36)', () => {
		expect(textWidth('100%', 14)).toBeGreaterThanOrEqual(36);
	});
});

describe('wrapText(text, fontSize, maxWidth)', () => {
	it('breaks at spaces and keeps a long single word whole', () => {
		expect(wrapText('East Midlands', 15, 60)).toEqual(['East', 'Midlands']);
		expect(wrapText('Derby', 15, 10)).toEqual(['Derby']);
		expect(wrapText('Yorkshire and The Humber', 14, 1000)).toEqual(['Yorkshire and The Humber']);
	});
});
