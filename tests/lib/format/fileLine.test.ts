import { describe, expect, it } from 'vitest';
import { fileLine, fileLineSpan, fileLines } from '~/lib/format/fileLine';

describe('fileLine(path, line)', () => {
	it('names the file without its folders, and the line', () => {
		expect(fileLine('data/raw/dfe-sen2/sen2_mi.csv', 754)).toBe('sen2_mi.csv, line 754');
	});
	it('says "document" when the source has no file', () => {
		expect(fileLine('', 12)).toBe('document, line 12');
		expect(fileLine(null, 12)).toBe('document, line 12');
	});
});

describe('fileLines(path, lines)', () => {
	it('lists the lines in order, joined by "and"', () => {
		expect(fileLines('data/raw/x/outcomes.csv', [9, 4])).toBe('outcomes.csv, lines 4 and 9');
	});
	it('is fileLine for one line', () => {
		expect(fileLines('data/raw/x/outcomes.csv', [4])).toBe('outcomes.csv, line 4');
	});
});

describe('fileLineSpan(path, lines)', () => {
	it('gives the first and last line of a run of quotes', () => {
		expect(fileLineSpan('data/seeds/scorecard.txt', [40, 12, 25])).toBe('scorecard.txt, lines 12 to 40');
	});
});
