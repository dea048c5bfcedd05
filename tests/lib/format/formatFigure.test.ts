import { describe, expect, it } from 'vitest';
import { absent, published, STATUS_WORDS, type Figure } from '../../../src/lib/model/figure';
import { formatFigure } from '../../../src/lib/format/formatFigure';

describe('formatFigure(figure, unit)', () => {
	it.each<[Figure, 'percent' | 'count', string]>([
		[published(11.7), 'percent', '11.7%'],
		[published(1091), 'count', '1,091'],
		// A published zero is a real zero and prints as one.
		[published(0), 'count', '0'],
		// DfE "x": Norfolk's 2022 timeliness figures were not available.
		[absent('unavailable'), 'percent', 'not available'],
		[absent('suppressed'), 'count', 'suppressed'],
		[absent('not_applicable'), 'percent', 'not applicable'],
	])('formatFigure(%j, %s) is %s', (figure, unit, text) => {
		expect(formatFigure(figure, unit)).toBe(text);
	});

	it('formatFigure never prints an absent figure as a number', () => {
		for (const status of Object.keys(STATUS_WORDS) as (keyof typeof STATUS_WORDS)[]) {
			expect(formatFigure(absent(status), 'count')).toBe(STATUS_WORDS[status]);
			expect(formatFigure(absent(status), 'percent')).not.toMatch(/\d%/);
		}
	});
});
