import { describe, expect, it } from 'vitest';
import { changeSince, headlineFigures, type HeadlineData } from '~/lib/pageData/headlineFigures';
import type { Observation } from '~/lib/model/observation';
import type { Council } from '~/lib/model/council';
import type { Measure } from '~/lib/model/measure';
import type { RankOutput } from '~/lib/metrics/rankAmongCouncils';
import { published } from '~/lib/model/figure';

// DfE's headline timeliness measure (plans issued within 20 weeks, excluding exceptions) as
// published: timeliness_20_week.csv of the 2025 release (lines 2797, 8563, 6343, 6511) and the
// 2026 release extract (lines 9, 15). Derby 2023 26.8% (118 of 440, first year of the new
// collection), 2024 16.4% (62 of 377), 2025 52.6% (245 of 466); England 2024 46.4%, 2025 46.1%;
// East Midlands 2024 39%. The 2026 extract has no regional rows.
const derby: Council = {
	onsCode: 'E06000015',
	dfeCode: '831',
	name: 'Derby',
	slug: 'derby',
	type: 'Unitary authority',
	regionCode: 'E12000004',
	regionName: 'East Midlands',
};

const at = (areaCode: string, period: string, value: number, line: number, breakInSeries = false): Observation => ({
	measure: 'timeliness_20wk_excl',
	areaType: areaCode === 'E92000001' ? 'england' : areaCode.startsWith('E12') ? 'region' : 'council',
	areaCode,
	periodKind: 'calendar',
	period,
	figure: published(value),
	sourceId: period === '2025' ? 'dfe-ehcp-2026-timeliness-extract' : 'dfe-ehcp-2025-timeliness',
	file: 'timeliness_20_week.csv',
	line,
	...(breakInSeries ? { breakInSeries } : {}),
});

const SERIES: Record<string, Observation[]> = {
	E06000015: [
		at('E06000015', '2023', 26.8, 2797, true),
		at('E06000015', '2024', 16.4, 8563),
		at('E06000015', '2025', 52.6, 15),
	],
	E92000001: [at('E92000001', '2024', 46.4, 6343), at('E92000001', '2025', 46.1, 9)],
	E12000004: [at('E12000004', '2024', 39, 6511)],
};

// ranks.csv: Derby 2024 is 132nd of 151 councils; in 2025 only the 6 councils of the extract are ranked.
const RANKS: RankOutput[] = [
	{
		measure: 'timeliness_20wk_excl',
		period: '2024',
		areaCode: 'E06000015',
		value: 16.4,
		rank: 132,
		of: 151,
		quartile: 4,
	},
	{ measure: 'timeliness_20wk_excl', period: '2025', areaCode: 'E06000015', value: 52.6, rank: 4, of: 6, quartile: 3 },
];

const measure = { id: 'timeliness_20wk_excl', unit: 'percent' } as Measure;

const data = (upTo: string): HeadlineData => ({
	measure: () => measure,
	series: (id, area) => (id === measure.id ? (SERIES[area] ?? []).filter((o) => o.period <= upTo) : []),
	rank: (id, period, area) => RANKS.find((r) => r.measure === id && r.period === period && r.areaCode === area),
	// Synthetic source rows: these tests check the figures, not the citation.
	source: (id) => ({
		id,
		kind: 'published_file',
		publisher: 'Department for Education',
		title: 'Synthetic test source',
		published: '',
		url: '',
		release: '',
		file: '',
		licence: '',
		note: '',
	}),
	councilCount: 153,
});

describe('headlineFigures(council, data, measures)', () => {
	it('Derby 2025: 52.6% against England 46.1%, no regional figure, up 36.2 points on 2024, rank withheld (6 councils)', () => {
		const [row, ...rest] = headlineFigures(derby, data('2025'), ['timeliness_20wk_excl', 'appeals_registered']);
		expect(rest).toEqual([]); // no appeals series given: the measure is left out, not shown empty
		expect(row?.council.figure).toEqual({ status: 'published', value: 52.6 });
		expect(row?.england?.figure).toEqual({ status: 'published', value: 46.1 });
		expect(row?.region).toBeNull();
		expect(row?.change).toMatchObject({ difference: 36.2, direction: 'up', from: { period: '2024' } });
		expect(row?.rank).toBeNull();
		expect(row?.rankTooFew).toMatchObject({ rank: 4, of: 6 });
	});

	it('Derby 2024: 16.4% against England 46.4% and the East Midlands 39%, ranked 132nd of 151', () => {
		const [row] = headlineFigures(derby, data('2024'), ['timeliness_20wk_excl']);
		expect(row?.england?.figure.value).toBe(46.4);
		expect(row?.region?.figure.value).toBe(39);
		expect(row?.rank).toMatchObject({ rank: 132, of: 151 });
		expect(row?.rankTooFew).toBeNull();
		// 2023 starts the new collection, but the change is measured into 2024, after the break.
		expect(row?.change).toMatchObject({ difference: -10.4, direction: 'down' });
	});
});

describe('changeSince(latest, previous)', () => {
	it('gives no change across a break in series (2022 → 2023)', () => {
		expect(changeSince(at('E06000015', '2023', 26.8, 2797, true), at('E06000015', '2022', 28.2, 547))).toBeNull();
	});

	it('calls an unchanged value "same"', () => {
		expect(changeSince(at('E06000015', '2024', 16.4, 8563), at('E06000015', '2023', 16.4, 2797))).toMatchObject({
			difference: 0,
			direction: 'same',
		});
	});
});
