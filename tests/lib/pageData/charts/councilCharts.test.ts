import { describe, expect, it } from 'vitest';
import { getCouncil } from '~/lib/data';
import { siteData } from '~/lib/pageData/siteData';
import { timelinessChart } from '~/lib/pageData/charts/timelinessChart';
import { conversionStockChart } from '~/lib/pageData/charts/conversionChart';
import { demandChart } from '~/lib/pageData/charts/demandChart';
import { appealRateChart, appealsChart } from '~/lib/pageData/charts/tribunalChart';
import { whereItStandsChart } from '~/lib/pageData/charts/whereItStandsChart';
import { derbyConversionPaceChart, derbyFunnelChart } from '~/lib/pageData/charts/seedCharts';
import { councilCharts } from '~/lib/pageData/charts/councilCharts';

// Chart packages built from the committed data/derived files (real published figures).
const derby = getCouncil('derby');
const derbyshire = getCouncil('derbyshire');
const bury = getCouncil('bury');

describe('timelinessChart(council, data)', () => {
	const chart = timelinessChart(derby, siteData)!;
	if (chart.kind !== 'line') throw new Error('expected a line chart');
	const focus = chart.wide.series.find((s) => s.role === 'focus')!;

	it('puts Derby 2018 at 11.7% on the scale (52 of 444 plans)', () => {
		const p = focus.points.find((q) => q.x === 2018)!;
		expect(p.y).toBe(11.7);
		const { top, bottom } = chart.wide.plot;
		expect(p.cy).toBeCloseTo(bottom - (11.7 / 100) * (bottom - top), 1);
		expect(p.text).toBe('11.7%');
	});

	it('draws 2014 (DfE "z", not applicable) as a gap with a marker, never as zero', () => {
		expect(focus.points.some((q) => q.x === 2014)).toBe(false);
		expect(focus.missing.map((m) => [m.x, m.status])).toEqual([[2014, 'not_applicable']]);
	});

	it('never joins the line across the 2023 break in series', () => {
		expect(chart.wide.breakX).not.toBeNull();
		for (const d of focus.segments) {
			const xs = [...d.matchAll(/[ML]([\d.]+),/g)].map((m) => Number(m[1]));
			expect(xs.every((x) => x < chart.wide.breakX!) || xs.every((x) => x > chart.wide.breakX!)).toBe(true);
		}
	});

	it('states the finding in the title and describes the chart in a short alt text', () => {
		expect(chart.figure.title).toBe('Derby issued 52.6% of new EHC plans within 20 weeks in 2025; England 46.1%');
		expect(chart.figure.alt.length).toBeLessThanOrEqual(250);
		expect(chart.figure.alt).toContain('1.4% (2015)');
		expect(chart.figure.alt).not.toBe(chart.figure.title);
	});

	it('carries the data as a table and a CSV with the file and line of each figure', () => {
		expect(chart.figure.table.rows.find((r) => r[0] === '2018')).toEqual([
			'2018',
			'11.7%',
			'75.2%',
			'60.1%',
			'11.7%',
			'no figure',
			'no figure',
		]);
		// The split of all plans by time taken, published from 2023: Derby 2024.
		expect(chart.figure.table.rows.find((r) => r[0] === '2024')?.slice(4)).toEqual(['14.0%', '67.4%', '18.6%']); // 62, 298 and 82 of 442
		// Cited by the publisher's title, release and address (sources.csv, dfe-ehcp-2023-sen2-mi: no
		// publication date recorded), then the file and line for a checker.
		expect(chart.csv.split('\n')[0]).toBe(
			'series,measure,area_code,period,value,status,numerator,denominator,break_in_series,source,source_release,source_published,source_url,source_id,source_file,source_line',
		);
		expect(chart.csv).toContain(
			'Derby,timeliness_20wk_excl,E06000015,2018,11.7,published,52,444,,' +
				'"Department for Education: Education, health and care plans: sen2_mi.csv (SEN2 management information, calendar years 2014-2022)",' +
				'Reporting year 2023 (calendar years 2014-2022; 2022 from the new person-level SEN2),,' +
				'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans,' +
				'dfe-ehcp-2023-sen2-mi,data/raw/dfe-ehcp-2023-release/sen2_mi.csv,754',
		);
	});
});

describe('conversionStockChart(council, data)', () => {
	it('Derby: 627 statements left in January 2018, 1,091 transferred in 2014 to 2018', () => {
		const chart = conversionStockChart(derby, siteData)!;
		expect(chart.figure.title).toBe(
			'Derby still had 627 statements to transfer in January 2018, before the 31 March deadline; it transferred 1,091 in 2014 to 2018',
		);
		expect(chart.figure.table.rows.map((r) => r[2])).toEqual(['0', '35', '87', '374', '595', 'no figure']);
	});
});

describe('demandChart(council, data)', () => {
	it('indexes plans in place to January 2019 = 100 for the council and England', () => {
		const chart = demandChart(derby, siteData)!;
		if (chart.kind !== 'line') throw new Error('expected a line chart');
		const plans = chart.wide.series.find((s) => s.id === 'council')!;
		expect(plans.points[0]).toMatchObject({ x: 2019, y: 100 });
		expect(chart.figure.table.rows[0]?.[0]).toBe('2019');
	});
});

describe('tribunal charts', () => {
	it('Derbyshire appeals registered: 217, 267, 536 in 2022–2024', () => {
		const chart = appealsChart(derbyshire, siteData)!;
		const rows = new Map(chart.figure.table.rows.map((r) => [r[0], r[1]]));
		expect([rows.get('2022'), rows.get('2023'), rows.get('2024')]).toEqual(['217', '267', '536']);
	});

	it('keeps the original and new appeal-rate methods as separate lines', () => {
		const chart = appealRateChart(derbyshire, siteData)!;
		if (chart.kind !== 'line') throw new Error('expected a line chart');
		const xs = (id: string) => chart.narrow.series.find((s) => s.id === id)!.points.map((p) => p.x);
		expect(xs('council-old').at(-1)).toBe(2024);
		expect(xs('council-new')).toEqual([2024, 2025]);
	});
});

describe('whereItStandsChart(council, data)', () => {
	// timeliness_20_week_2026release_la.csv line 64: 245 of 466 (52.6%). Of its 152 councils,
	// Halton, the Isle of Wight and Norfolk have "x" here, so 149 are ranked.
	it("uses the headline's year (2025), every council's figure in it", () => {
		const chart = whereItStandsChart(derby, siteData)!;
		expect(chart.figure.subtitle).toContain('2025');
		expect(chart.figure.table.rows[0]).toEqual(['Derby', '52.6%', expect.stringMatching(/ of 149$/)]);
		// Derby and England; the neighbours are in the comparison beside it (neighbourComparison).
		expect(chart.figure.table.rows).toHaveLength(2);
	});

	it('says why a council has no figure in that year rather than showing an older one (Leicester)', () => {
		const chart = whereItStandsChart(getCouncil('leicester'), siteData)!;
		expect(chart.figure.title).toBe('Leicester had no published figure for 2025');
		expect(chart.figure.table.rows[0]).toEqual(['Leicester', 'not available', 'not ranked']);
		expect((chart.figure.notes ?? []).join(' ')).toMatch(/DfE published no 2025 figures for Leicester/);
	});
});

describe('charts from the seed documents', () => {
	it("Derby's 2018 funnel: 186, 145, 67, 19, 10", () => {
		const chart = derbyFunnelChart(derby, siteData)!;
		expect(chart.figure.table.rows.map((r) => r[1])).toEqual(['186', '145', '67', '19', '10']);
	});

	it("Derby's conversion pace: about 15 and about 25 a month achieved, 245 a month needed", () => {
		const chart = derbyConversionPaceChart(derby, siteData)!;
		expect(chart.figure.table.rows.map((r) => r[1])).toEqual(['about 15', 'about 25', '245']);
		expect(chart.figure.title).toBe(
			'With 737 statements left in January 2018, Derby needed 245 transfers a month, 10 times its pace',
		);
	});

	it('are drawn only for councils whose documents hold the figures', () => {
		expect(derbyFunnelChart(bury, siteData)).toBeNull();
		expect(
			councilCharts(bury, siteData)
				.flatMap((s) => s.charts)
				.map((c) => c.id),
		).toEqual(['timeliness', 'conversion', 'demand', 'appeals', 'appeal-rate', 'where-it-stands']);
	});
});

describe('doubtful figures on the charts (rules in data/reference/quality-rules.csv)', () => {
	// Cambridgeshire, original method, 2024: SEND_Tribunals_and_appeal_rate_2014-2024.csv gives
	// 169 appeals of 4,410 appealable decisions = 3.8%; 4,410 is fewer than the 8,007 plans it held
	// in January 2025 (caseload_2026release_la.csv), which the count is meant to include, so the
	// rule decisions-fewer-than-plans catches it. 2023 (126 of 7,655 = 1.6%) is not caught.
	const cambridgeshire = getCouncil('cambridgeshire');
	const chart = appealRateChart(cambridgeshire, siteData)!;
	if (chart.kind !== 'line') throw new Error('expected a line chart');

	it("rings Cambridgeshire's 2024 appeal rate (original and new method) and no other year", () => {
		for (const layout of [chart.wide, chart.narrow]) {
			const old = layout.series.find((s) => s.id === 'council-old')!;
			expect(old.points.filter((p) => p.doubtful).map((p) => [p.x, p.y])).toEqual([[2024, 3.8]]);
			expect(old.points.find((p) => p.x === 2024)!.ringD).toMatch(/^M[\d.]+,[\d.]+a/);
			expect(old.points.find((p) => p.x === 2023)!.ringD).toBe('');
			// The new method's 2024 row carries the code the publisher printed wrongly (uncertain correction).
			const fresh = layout.series.find((s) => s.id === 'council-new')!;
			expect(fresh.points.filter((p) => p.doubtful).map((p) => p.x)).toEqual([2024]);
			expect(layout.series.find((s) => s.id === 'england-old')!.points.some((p) => p.doubtful)).toBe(false);
		}
	});

	it("says so in the chart's notes, in words, linking the rule, and in the alt text", () => {
		const cautions = chart.figure.cautions ?? [];
		expect(cautions.map((c) => c.rule)).toEqual(['decisions-fewer-than-plans', 'uncertain-code-correction']);
		expect(cautions[0]!.text).toMatch(
			/^The 2024 figure for Cambridgeshire's appeal rate \(original method\) looks doubtful \(a hollow point in a dashed ring\): fewer decisions families could appeal than EHC plans/,
		);
		expect(chart.figure.alt).toMatch(/ New method: 2024 5\.8%, 2025 4\.1%\. Doubtful figures, ringed: 2024\.$/);
		expect(chart.figure.alt.length).toBeLessThanOrEqual(250);
	});

	it("rings Newham's plans in place in the years the 40% rule catches (906 → 1,300 → … → 2,705 → 1,199 → 3,639)", () => {
		// Newham, January census: 2019 906, 2020 1,300 (+43.5%), 2022 1,867, 2023 2,618 (+40.2%),
		// 2024 2,705, 2025 1,199 (−55.7%), 2026 3,639 (+203.5%): more than 40% on 100 or more.
		const demand = demandChart(getCouncil('newham'), siteData)!;
		if (demand.kind !== 'line') throw new Error('expected a line chart');
		const plans = demand.wide.series.find((s) => s.id === 'council')!;
		expect(plans.points.filter((p) => p.doubtful).map((p) => p.x)).toEqual([2020, 2023, 2025, 2026]);
		expect(demand.figure.cautions?.[0]?.text).toMatch(
			/^The January 2020, January 2023, January 2025 and January 2026 figures for Newham's plans in place look doubtful \(hollow points in a dashed ring\): the number of EHC plans changed by more than 40% in one year/,
		);
	});

	it('leaves a chart with nothing doubtful as it was: no cautions, no rings (Derby)', () => {
		const derbyRate = appealRateChart(derby, siteData)!;
		expect(derbyRate.figure.cautions).toEqual([]);
		if (derbyRate.kind !== 'line') throw new Error('expected a line chart');
		expect(derbyRate.wide.series.flatMap((s) => s.points).some((p) => p.doubtful || p.ringD)).toBe(false);
		expect(derbyRate.figure.alt).not.toContain('Doubtful');
	});
});
