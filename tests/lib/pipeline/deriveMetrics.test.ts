import { describe, expect, it } from 'vitest';
import { deriveMetrics } from '~/lib/pipeline/deriveMetrics';
import type { Observation } from '~/lib/model/observation';
import { absent, published, type Figure } from '~/lib/model/figure';

// Derby (E06000015) as DfE publishes it: SEN2 management information, 2023 release
// (data/raw/dfe-ehcp-2023-release/sen2_mi.csv: ass_refused_ehc, requests, transfers) and the
// January 2014 statements census (data/raw/dfe-ehcp-2022-release/sen2_age_caseload.csv line 7850:
// 1,137 statements). Values and lines copied from the files by hand.
const MI = 'data/raw/dfe-ehcp-2023-release/sen2_mi.csv';
const CASELOAD = 'data/raw/dfe-ehcp-2022-release/sen2_age_caseload.csv';
const MI_LINE: Record<string, number> = { '2014': 68, '2015': 1210, '2016': 1058, '2017': 906, '2018': 754 };

const derby = (
	measure: string,
	period: string,
	figure: Figure,
	file = MI,
	line = MI_LINE[period] ?? 0,
): Observation => ({
	measure,
	areaType: 'council',
	areaCode: 'E06000015',
	periodKind: measure === 'statements_in_place' ? 'january' : 'calendar',
	period,
	figure,
	sourceId: file === MI ? 'dfe-ehcp-2023-sen2-mi' : 'dfe-ehcp-2022-age-caseload',
	file,
	line,
});

const observations: Observation[] = [
	derby('requests', '2014', absent('not_applicable')), // "z": no EHC requests before the reforms
	derby('refusals', '2014', published(0)),
	derby('requests', '2018', published(382)),
	derby('refusals', '2018', published(63)),
	derby('statements_in_place', '2014', published(1137), CASELOAD, 7850),
	derby('statements_in_place', '2018', published(627), CASELOAD, 4084),
	derby('statements_transferred', '2014', published(0)),
	derby('statements_transferred', '2015', published(35)),
	derby('statements_transferred', '2016', published(87)),
	derby('statements_transferred', '2017', published(374)),
	derby('statements_transferred', '2018', published(595)),
];

const derived = deriveMetrics(observations);
const find = (measure: string, period: string) => derived.find((o) => o.measure === measure && o.period === period);

describe('deriveMetrics(observations) on Derby', () => {
	it('refusal_rate 2018: 63 refusals of 382 requests = 16.5%, citing the requests line', () => {
		expect(find('refusal_rate', '2018')).toMatchObject({
			figure: { status: 'published', value: 16.5 },
			numerator: 63,
			denominator: 382,
			file: MI,
			line: 754,
			calculation: `refusals ÷ requests × 100 (${MI} line 754)`,
		});
	});

	it('refusal_rate 2014 is not applicable, not 0%, when requests are "z"', () => {
		expect(find('refusal_rate', '2014')?.figure).toEqual({ status: 'not_applicable', value: null });
	});

	// Running totals 0, 35, 122, 496, 1,091 over the 1,137 statements of January 2014:
	// 0%, 3.08%, 10.73%, 43.62%, 95.95%, rounded to one place.
	it.each([
		['2014', 0, 0],
		['2015', 3.1, 35],
		['2016', 10.7, 122],
		['2017', 43.6, 496],
		['2018', 96, 1091],
	])('statements_transferred_cumulative_pct %s = %s%% (%s of 1,137)', (period, value, transferred) => {
		expect(find('statements_transferred_cumulative_pct', period)).toMatchObject({
			figure: { status: 'published', value },
			numerator: transferred,
			denominator: 1137,
			calculation: `transfers 2014–${period} ÷ statements in place January 2014 × 100 (${CASELOAD} line 7850)`,
		});
	});

	it('derives nothing for an area without a January 2014 census', () => {
		const without = observations.filter((o) => o.measure !== 'statements_in_place');
		expect(deriveMetrics(without).map((o) => o.measure)).toEqual(['refusal_rate', 'refusal_rate']);
	});
});
