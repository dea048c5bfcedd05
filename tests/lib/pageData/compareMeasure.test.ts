import { describe, expect, it } from 'vitest';
import { dataUpTo } from '../../helpers/dataUpTo';
import { compareMeasure } from '~/lib/pageData/compareMeasure';
import { getCouncils, getHexes, getMeasure, getMeasureObservations, getRank, getRegions, getSeries } from '~/lib/data';

const data = {
	measure: getMeasure,
	measureObservations: getMeasureObservations,
	series: getSeries,
	rank: getRank,
	councils: getCouncils,
	regions: getRegions,
	hexes: getHexes,
};

describe("compareMeasure('timeliness_20wk_excl', data) on the real data", () => {
	// As the site stood with 2024 the newest year, so the hand-checked values stay fixed.
	const page = compareMeasure('timeliness_20wk_excl', dataUpTo(data, { calendar: '2024', january: '2025' }))!;
	const row = (name: string) => page.rows.find((r) => r.council.name === name);

	it('lists all 153 councils for one year, 2024, with England at 46.4% (DfE 2025 release, line 6343)', () => {
		expect(page.period).toBe('2024');
		expect(page.rows).toHaveLength(153);
		expect(page.england?.figure).toEqual({ status: 'published', value: 46.4 });
	});

	it("gives Derby's 16.4% (62 of 377, line 8563) and Southampton's 97.5% (312 of 320, line 11249)", () => {
		expect(row('Derby')?.observation?.figure).toEqual({ status: 'published', value: 16.4 });
		expect(row('Southampton')?.observation?.figure).toEqual({ status: 'published', value: 97.5 });
	});

	it('sorts ranked councils highest first, then councils without a ranked figure', () => {
		const ranked = page.rows.filter((r) => r.rank);
		const values = ranked.map((r) => r.rank!.value);
		expect(values).toEqual([...values].sort((x, y) => y - x));
		expect(page.rows.slice(0, ranked.length).every((r) => r.rank)).toBe(true);
	});

	it('has four quarters that do not overlap and cover every ranked council', () => {
		expect(page.quartiles.map((q) => q.quartile)).toEqual([1, 2, 3, 4]);
		expect(page.quartiles.reduce((n, q) => n + q.count, 0)).toBe(page.rows.filter((r) => r.rank).length);
		for (let i = 1; i < page.quartiles.length; i++)
			expect(page.quartiles[i]!.max).toBeLessThanOrEqual(page.quartiles[i - 1]!.min);
	});

	it('has a hex for every council and a figure for the nine regions', () => {
		expect(page.hexes).toHaveLength(153);
		expect(page.regions).toHaveLength(9);
	});
});

describe("compareMeasure('timeliness_20wk_excl', data) on the newest year", () => {
	// timeliness_20_week_2026release_la.csv: England line 2 (43,997 of 95,411 = 46.1%), Derby line 64
	// (245 of 466 = 52.6%); Leicester has no row, so its figure says why.
	it('uses 2025 for every council, Leicester included with its reason', () => {
		const page = compareMeasure('timeliness_20wk_excl', data)!;
		expect(page.period).toBe('2025');
		expect(page.rows).toHaveLength(153);
		const derby = page.rows.find((r) => r.council.name === 'Derby')!;
		expect(derby.observation?.figure).toEqual({ status: 'published', value: 52.6 });
		const leicester = page.rows.find((r) => r.council.name === 'Leicester')!;
		expect(leicester.observation?.figure.status).toBe('unavailable');
		expect(leicester.observation?.note).toMatch(/DfE published no 2025 figures for Leicester/);
	});
});
