import { describe, expect, it } from 'vitest';
import { derivedFiles } from '~/lib/pipeline/derivedFiles';
import type { DataBuild } from '~/lib/pipeline/buildData';
import { absent, published } from '~/lib/model/figure';

// One build with Derby's 2018 timeliness (DfE SEN2 MI 2023 release, line 754: 52 of 444 plans
// within 20 weeks, 11.7%), England's 2014 refusal rate left not applicable, and Derby's rank.
const MI = 'data/raw/dfe-ehcp-2023-release/sen2_mi.csv';
// Typed loosely on purpose: DataBuild grows as tables are added to site.json, which this test
// leaves empty; the fields it checks are typed by their own imports above.
const build = {
	districts: [],
	hexes: [],
	redressRoutes: [],
	familyOptions: [],
	sources: [
		{
			id: 'dfe-ehcp-2023-sen2-mi',
			kind: 'published_file',
			publisher: 'Department for Education',
			title: 'Education, health and care plans',
			published: '2023-06-22',
			url: 'https://explore-education-statistics.service.gov.uk/',
			release: '2023',
			file: MI,
			licence: 'OGL v3.0',
			note: '',
			sha256: 'a'.repeat(64),
			line: 2,
		},
	],
	timescales: [],
	dataUpdates: [],
	seedMeasures: [],
	seedFigures: [],
	lgscoStats: [],
	lgscoDecisions: [],
	neighbours: [],
	inspections: [],
	councils: [
		{
			onsCode: 'E06000015',
			dfeCode: '831',
			name: 'Derby',
			slug: 'derby',
			type: 'Unitary authority',
			regionCode: 'E12000004',
			regionName: 'East Midlands',
		},
	],
	regions: [],
	formerCouncils: [],
	measures: [],
	observations: [
		{
			measure: 'timeliness_20wk_excl',
			areaType: 'council',
			areaCode: 'E06000015',
			periodKind: 'calendar',
			period: '2018',
			figure: published(11.7),
			numerator: 52,
			denominator: 444,
			sourceId: 'dfe-ehcp-2023-sen2-mi',
			file: MI,
			line: 754,
		},
		{
			measure: 'refusal_rate',
			areaType: 'england',
			areaCode: 'E92000001',
			periodKind: 'calendar',
			period: '2014',
			figure: absent('not_applicable'),
			numerator: 0,
			denominator: null,
			sourceId: 'dfe-ehcp-2023-sen2-mi',
			file: MI,
			line: 2,
			calculation: 'refusals ÷ requests × 100, "with a comma"',
			breakInSeries: true,
		},
	],
	qualityRules: [],
	doubts: [],
	ranks: [
		{
			measure: 'timeliness_20wk_excl',
			period: '2018',
			areaCode: 'E06000015',
			value: 11.7,
			rank: 141,
			of: 147,
			quartile: 4,
		},
	],
	reports: [],
} as unknown as DataBuild;

const files = derivedFiles(build);

describe('derivedFiles(build)', () => {
	it('writes observations.csv as tidy rows, blank where there is no number, quoting commas', () => {
		expect(files['data/derived/observations.csv']).toBe(
			[
				'measure,area_type,area_code,period_type,period,value,status,numerator,denominator,break_in_series,source_id,file,line,calculation,note',
				`timeliness_20wk_excl,council,E06000015,calendar,2018,11.7,published,52,444,,dfe-ehcp-2023-sen2-mi,${MI},754,,`,
				`refusal_rate,england,E92000001,calendar,2014,,not_applicable,0,,yes,dfe-ehcp-2023-sen2-mi,${MI},2,"refusals ÷ requests × 100, ""with a comma""",`,
				'',
			].join('\n'),
		);
	});

	it('writes councils.csv and ranks.csv with their headers', () => {
		expect(files['data/derived/councils.csv']).toBe(
			'ons_code,dfe_code,name,slug,type,region_code,region_name\nE06000015,831,Derby,derby,Unitary authority,E12000004,East Midlands\n',
		);
		expect(files['data/derived/ranks.csv']).toBe(
			'measure,period,area_code,value,rank,of,quartile\ntimeliness_20wk_excl,2018,E06000015,11.7,141,147,4\n',
		);
	});

	it('leaves the sha256 and sources.csv line out of site.json (the build checks them; pages do not need them)', () => {
		const site = JSON.parse(files['data/derived/site.json'] ?? '{}') as { sources: Record<string, unknown>[] };
		expect(site.sources[0]).not.toHaveProperty('sha256');
		expect(site.sources[0]).not.toHaveProperty('line');
		expect(site.sources[0]).toMatchObject({ id: 'dfe-ehcp-2023-sen2-mi', file: MI });
	});

	it('writes exactly the five derived files, doubtful.csv with its header even when nothing is doubtful', () => {
		expect(Object.keys(files).sort()).toEqual([
			'data/derived/councils.csv',
			'data/derived/doubtful.csv',
			'data/derived/observations.csv',
			'data/derived/ranks.csv',
			'data/derived/site.json',
		]);
		expect(files['data/derived/doubtful.csv']).toBe('measure,area_code,period,rule,detail\n');
	});
});
