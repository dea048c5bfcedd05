import { describe, expect, it } from 'vitest';
import { changeWords, sheetFigures, SHEET_MEASURES } from '../../../src/lib/briefing/sheetFigures';
import { headlineFigures } from '../../../src/lib/pageData/headlineFigures';
import {
	getCouncil,
	getCouncils,
	getMeasure,
	getNeighbours,
	getRank,
	getSeries,
	getSource,
} from '../../../src/lib/data';

const data = {
	measure: getMeasure,
	series: getSeries,
	rank: getRank,
	source: getSource,
	councilCount: getCouncils().length,
	neighbours: getNeighbours,
};
const derby = sheetFigures(getCouncil('derby'), data);
const row = (measure: string) => derby.find((f) => f.measure === measure)!;

describe('sheetFigures(council, data)', () => {
	it('gives Derby the six sheet measures, in order', () => {
		expect(derby.map((f) => f.measure)).toEqual([...SHEET_MEASURES]);
	});

	it("sets Derby's plans in place beside England, the East Midlands and its neighbours' middle figure", () => {
		// DfE caseload, January 2026: Derby 3,734 (3,735 a year before), England 718,838, East Midlands
		// 54,840. Derby's ten statistical neighbours (DfE list) had 2,945 to 7,019; the middle two are
		// Tameside 3,837 and Bolton 3,909, so the middle figure is 3,873.
		expect(row('plans_in_place')).toMatchObject({
			label: 'EHC plans in place',
			period: 'January 2026',
			value: '3,734',
			counts: null,
			change: 'down 1 since January 2025',
			england: '718,838',
			region: '54,840',
			neighbours: '3,873',
			neighboursOf: 'middle of 10',
		});
	});

	it("leaves a neighbour's suppressed figure out of the middle (Kent 2025: nine of ten published, Norfolk suppressed)", () => {
		// DfE 2026 release, within 20 weeks: Devon 5.1, Somerset 6.4, West Sussex 15.5, Suffolk 16.5,
		// Essex 20.1, Nottinghamshire 32.3, East Sussex 43.1, Bexley 65.9, Bedford 94.3: the fifth is 20.1.
		const [kent] = sheetFigures(getCouncil('kent'), data, ['timeliness_20wk_excl']);
		expect(kent).toMatchObject({
			value: '56.9%',
			counts: '999 of 1,756',
			change: 'up 23.6 points since 2024',
			neighbours: '20.1%',
			neighboursOf: 'middle of 9',
		});
	});

	it("gives Derby's 20-week rate with its counts and the change in percentage points", () => {
		// DfE 2026 release: 245 of 466 plans (52.6%) in 2025; 62 of 377 (16.4%) in 2024; England 46.1%
		// (43,997 of 95,411); East Midlands 32.4% (2,892 of 8,918).
		expect(row('timeliness_20wk_excl')).toMatchObject({
			value: '52.6%',
			counts: '245 of 466',
			change: 'up 36.2 points since 2024',
			england: '46.1%',
			region: '32.4%',
			absent: false,
		});
	});

	it("gives Derby's 2025 appeal rate (new method) falling from 2024", () => {
		// MoJ: 223 appeals of 2,441 appealable decisions (9.1%) in 2025, 12.8% in 2024; England 6.6%.
		expect(row('appeal_rate_new')).toMatchObject({
			value: '9.1%',
			counts: '223 of 2,441',
			change: 'down 3.7 points since 2024',
			england: '6.6%',
		});
	});
});

describe('changeWords(row)', () => {
	const kent = getCouncil('kent');
	const [row2023] = headlineFigures(
		kent,
		{ ...data, series: (m, a) => getSeries(m, a).filter((o) => Number(o.period) <= 2023) },
		['timeliness_20wk_excl'],
	);
	const [row2024] = headlineFigures(
		kent,
		{ ...data, series: (m, a) => getSeries(m, a).filter((o) => Number(o.period) <= 2024) },
		['timeliness_20wk_excl'],
	);

	it('does not compare across the 2023 break in series (Kent 2023: 324 of 1,796, 18.0%)', () => {
		expect(row2023?.council.figure).toEqual({ status: 'published', value: 18 });
		expect(changeWords(row2023!)).toBe('not comparable: new collection');
	});

	it('gives the change in points after it (Kent 2024: 783 of 2,354, 33.3%, against 18.0%)', () => {
		expect(changeWords(row2024!)).toBe('up 15.3 points since 2023');
	});
});

describe('sheetFigures(council, data): few cases', () => {
	it("marks the Isles of Scilly's 20-week rate, 1 of 1 plans in 2025, as resting on fewer than 30 (measures.csv small_base)", () => {
		const [row] = sheetFigures(getCouncil('isles-of-scilly'), data, ['timeliness_20wk_excl']);
		expect(row).toMatchObject({ value: '100.0%', counts: '1 of 1', fewCases: 30 });
		// Derby's 245 of 466 is not a small base.
		expect(derby.find((f) => f.measure === 'timeliness_20wk_excl')?.fewCases).toBeNull();
	});
});
