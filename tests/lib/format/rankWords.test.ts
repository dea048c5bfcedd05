import { describe, expect, it } from 'vitest';
import { ordinal, rankWords } from '~/lib/format/rankWords';

describe('ordinal(n)', () => {
	it.each([
		[1, '1st'],
		[2, '2nd'],
		[3, '3rd'],
		[4, '4th'],
		[11, '11th'],
		[12, '12th'],
		[13, '13th'],
		[21, '21st'],
		[22, '22nd'],
		[101, '101st'],
		[111, '111th'],
		[150, '150th'],
	])('ordinal(%d) is %s', (n, text) => expect(ordinal(n)).toBe(text));
});

describe('rankWords(measure, rank, of)', () => {
	it('says rank 1 is the fastest for timeliness', () => {
		expect(rankWords('timeliness_20wk_excl', 19, 150)).toBe('19th fastest of 150');
	});
	it('names the measure for a rate where rank 1 is the highest', () => {
		expect(rankWords('refusal_rate', 3, 152)).toBe('3rd highest refusal rate of 152');
	});
	it('falls back to the label for a measure it has no words for', () => {
		expect(rankWords('something_new', 2, 10, 'Widgets')).toBe('2nd highest widgets of 10');
	});
});
