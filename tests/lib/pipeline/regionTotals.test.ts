import { describe, expect, it } from 'vitest';
import { regionTotals } from '~/lib/pipeline/regionTotals';
import type { Council } from '~/lib/model/council';
import type { Observation } from '~/lib/model/observation';
import { absent, published } from '~/lib/model/figure';

// The East Midlands councils as the MoJ table SEND_Tribunals_and_appeal_rate_2014-2024.csv prints
// them (lines 62–72; line 68 is the former Northamptonshire, not a current council). Appeals
// registered and total appealable decisions for 2020 and 2024, copied from the file by hand;
// North and West Northamptonshire print ".." (not available) for 2020, their first year being 2021.
const FILE = 'data/raw/moj-send-appeal-rate/SEND_Tribunals_and_appeal_rate_2014-2024.csv';
const EAST_MIDLANDS: [
	onsCode: string,
	name: string,
	line: number,
	y2020: [number, number] | null,
	y2024: [number, number],
][] = [
	['E06000015', 'Derby', 62, [28, 2724], [190, 4142]],
	['E10000007', 'Derbyshire', 63, [184, 4199], [536, 8617]],
	['E06000016', 'Leicester', 64, [53, 2991], [97, 4063]],
	['E10000018', 'Leicestershire', 65, [103, 5471], [196, 7706]],
	['E10000019', 'Lincolnshire', 66, [90, 6556], [186, 9240]],
	['E06000061', 'North Northamptonshire', 67, null, [178, 4890]],
	['E06000018', 'Nottingham', 69, [19, 1343], [52, 2102]],
	['E10000024', 'Nottinghamshire', 70, [74, 3327], [184, 5919]],
	['E06000017', 'Rutland', 71, [14, 283], [8, 392]],
	['E06000062', 'West Northamptonshire', 72, null, [188, 4498]],
];

const councils: Council[] = EAST_MIDLANDS.map(([onsCode, name]) => ({
	onsCode,
	dfeCode: '000',
	name,
	slug: name.toLowerCase().replace(/ /g, '-'),
	type: 'Unitary authority',
	regionCode: 'E12000004',
	regionName: 'East Midlands',
}));

const observation = (measure: string, areaCode: string, line: number, period: string, value: number | null) =>
	({
		measure,
		areaType: 'council',
		areaCode,
		periodKind: 'calendar',
		period,
		figure: value === null ? absent('unavailable') : published(value),
		sourceId: 'moj-appeal-rate-2014-2024',
		file: FILE,
		line,
	}) satisfies Observation;

const observations: Observation[] = EAST_MIDLANDS.flatMap(([code, , line, y2020, y2024]) => [
	observation('appeals_registered', code, line, '2020', y2020?.[0] ?? null),
	observation('appealable_decisions_old', code, line, '2020', y2020?.[1] ?? null),
	observation('appeals_registered', code, line, '2024', y2024[0]),
	observation('appealable_decisions_old', code, line, '2024', y2024[1]),
]);

const SPEC = {
	counts: [{ measure: 'appeals_registered' }, { measure: 'appealable_decisions_old' }],
	rates: [{ measure: 'appeal_rate_old', numerator: 'appeals_registered', denominator: 'appealable_decisions_old' }],
};

const totals = regionTotals(observations, councils, SPEC);
const find = (measure: string, period: string) => totals.find((o) => o.measure === measure && o.period === period);

describe('regionTotals(observations, councils, spec) on the MoJ East Midlands rows', () => {
	it('sums 2024 appeals registered over the ten councils: 190+536+97+196+186+178+52+184+8+188 = 1,815', () => {
		expect(find('appeals_registered', '2024')).toMatchObject({
			areaType: 'region',
			areaCode: 'E12000004',
			figure: { status: 'published', value: 1815 },
			calculation: "sum of the region's 10 councils",
			file: FILE,
			line: 62,
		});
	});

	it('sums 2024 appealable decisions to 51,569 and recomputes the rate: 1,815 ÷ 51,569 = 3.5%', () => {
		expect(find('appealable_decisions_old', '2024')?.figure).toEqual({ status: 'published', value: 51569 });
		expect(find('appeal_rate_old', '2024')).toMatchObject({
			figure: { status: 'published', value: 3.5 },
			numerator: 1815,
			denominator: 51569,
		});
	});

	it('withholds 2020 rather than summing part of the region (8 of 10 councils published)', () => {
		expect(find('appeals_registered', '2020')).toMatchObject({
			figure: { status: 'unavailable', value: null },
			calculation: "not summed: 8 of the region's 10 current councils have a published figure for 2020",
		});
		expect(find('appeal_rate_old', '2020')?.figure).toEqual({ status: 'unavailable', value: null });
	});

	it('gives one row per measure, region and period, and none for England or other regions', () => {
		expect(totals).toHaveLength(6);
		expect(new Set(totals.map((o) => o.areaCode))).toEqual(new Set(['E12000004']));
	});

	it('ignores rows of councils it does not know (a former council)', () => {
		const former = observation('appeals_registered', 'E10000021', 68, '2024', 999);
		expect(regionTotals([...observations, former], councils, SPEC)).toEqual(totals);
	});
});
