import { describe, expect, it } from 'vitest';
import { findEntries, letterOf } from '~/lib/pageData/findEntries';
import type { Council } from '~/lib/model/council';

const council = (onsCode: string, name: string): Council => ({
	onsCode,
	dfeCode: '000',
	name,
	slug: name.toLowerCase(),
	type: 'County council',
	regionCode: 'E12000004',
	regionName: 'East Midlands',
});
const derbyshire = council('E10000007', 'Derbyshire');
const derby = council('E06000015', 'Derby');

describe('findEntries(councils, districts)', () => {
	const letters = findEntries(
		[derbyshire, derby],
		[
			{ onsCode: 'E07000034', name: 'Chesterfield', councilOnsCode: 'E10000007' },
			{ onsCode: 'E07000032', name: 'Amber Valley', councilOnsCode: 'E10000007' },
		],
	);

	it('has all 26 letters, empty ones included, with anchor ids', () => {
		expect(letters.map((l) => l.letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
		expect(letters[2]?.id).toBe('letter-c');
		expect(letters[1]?.entries).toEqual([]);
	});

	it('files a district under its own letter, linked to the county', () => {
		const c = letters.find((l) => l.letter === 'C')?.entries;
		expect(c).toEqual([{ name: 'Chesterfield', council: derbyshire, isDistrict: true }]);
	});

	it('sorts councils and districts together by name', () => {
		expect(letters.find((l) => l.letter === 'D')?.entries.map((e) => e.name)).toEqual(['Derby', 'Derbyshire']);
	});

	it('throws for a district whose council is unknown', () => {
		expect(() =>
			findEntries([derby], [{ onsCode: 'E07000034', name: 'Chesterfield', councilOnsCode: 'E10000007' }]),
		).toThrow(/Chesterfield/);
	});
});

describe('letterOf(name)', () => {
	it.each([
		['St. Helens', 'S'],
		['Ébène', 'E'],
		['"Kingston upon Hull, City of"', 'K'],
	])('letterOf(%j) is %s', (name, letter) => expect(letterOf(name)).toBe(letter));
});
