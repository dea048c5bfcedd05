import { describe, expect, it } from 'vitest';
import { councilSlug, councilType } from '~/lib/model/council';

describe('councilSlug(name)', () => {
	it.each([
		['Derby', 'derby'],
		['Derbyshire', 'derbyshire'],
		['Bristol, City of', 'bristol'],
		['Kingston upon Hull, City of', 'kingston-upon-hull'],
		['Herefordshire, County of', 'herefordshire'],
		['St. Helens', 'st-helens'],
		['Bournemouth, Christchurch and Poole', 'bournemouth-christchurch-and-poole'],
	])('%s → %s', (name, slug) => expect(councilSlug(name)).toBe(slug));
});

describe('councilType(onsCode)', () => {
	it.each([
		['E06000015', 'Unitary authority'],
		['E10000007', 'County council'],
		['E08000025', 'Metropolitan borough'],
		['E09000002', 'London borough'],
		['E07000001', null],
	])('%s → %s', (code, type) => expect(councilType(code)).toBe(type));
});
