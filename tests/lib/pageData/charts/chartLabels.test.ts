import { describe, expect, it } from 'vitest';
import { getCouncil, getCouncils } from '~/lib/data';
import { siteData } from '~/lib/pageData/siteData';
import { councilCharts } from '~/lib/pageData/charts/councilCharts';
import { nationalTimelinessChart } from '~/lib/pageData/charts/nationalCharts';
import type { ChartPackage } from '~/lib/pageData/charts/chartPackage';
import { layoutTextBoxes, textBoxProblems } from '../../../helpers/layoutTextBoxes';

// The layout proof behind issue 10: on the real published series of every council (the
// committed data/derived files), no two labels of any chart overlap and none leaves its drawing,
// wide or narrow. The browser test (tests/e2e/site.test.ts) measures the same on drawn pages.
function problemsOf(chart: ChartPackage): string[] {
	return (['wide', 'narrow'] as const).flatMap((size) => {
		const layout = chart[size];
		return textBoxProblems(layoutTextBoxes(chart.kind, layout), layout.width, layout.height).map(
			(p) => `${chart.id} (${size}): ${p}`,
		);
	});
}

describe('chart labels on every council page', () => {
	const councils = getCouncils();

	it('covers all 153 councils', () => {
		expect(councils).toHaveLength(153);
	});

	it('never overlap and never leave their chart, wide or narrow', () => {
		const problems = councils.flatMap((council) =>
			councilCharts(council, siteData)
				.flatMap((s) => s.charts)
				.flatMap((chart) => problemsOf(chart).map((p) => `${council.name}: ${p}`)),
		);
		expect(problems).toEqual([]);
	});

	it('hold for the national chart on the home page too', () => {
		const chart = nationalTimelinessChart(siteData);
		expect(chart && problemsOf(chart)).toEqual([]);
	});
});

describe('the point a title cites is labelled, wide and narrow (Derby)', () => {
	const charts = councilCharts(getCouncil('derby'), siteData).flatMap((s) => s.charts);
	const labelled = (id: string, series: string, x: number) =>
		(['wide', 'narrow'] as const).map((size) => {
			const chart = charts.find((c) => c.id === id)!;
			if (chart.kind !== 'line') throw new Error(`${id} is not a line chart`);
			const p = chart[size].series.find((s) => s.id === series)!.points.find((q) => q.x === x)!;
			return p.valueLabel ? p.text : null;
		});

	// Values from the sources as the titles print them: DfE SEN2 (627 statements in January
	// 2018; 52.6% within 20 weeks in 2025, England 46.1%), MoJ (9.1% appealed in 2025, England 6.6%).
	it.each([
		['conversion', 'council', 2018, '627'],
		['timeliness', 'council', 2025, '52.6%'],
		['timeliness', 'england', 2025, '46.1%'],
		['appeal-rate', 'council-new', 2025, '9.1%'],
		['appeal-rate', 'england-new', 2025, '6.6%'],
	] as const)('%s: %s %i reads %s', (id, series, x, text) => {
		expect(labelled(id, series, x)).toEqual([text, text]);
	});
});

describe('the bars a title cites carry their values on a phone (Derby appeals)', () => {
	it('prints 46 (2014) and 223 (2025), the figures in the title (MoJ/HMCTS)', () => {
		const chart = councilCharts(getCouncil('derby'), siteData)
			.flatMap((s) => s.charts)
			.find((c) => c.id === 'appeals')!;
		if (chart.kind !== 'bar') throw new Error('expected a bar chart');
		const shown = chart.narrow.bars.filter((b) => b.value).map((b) => [b.key, b.text]);
		expect(shown).toContainEqual(['2014', '46']);
		expect(shown).toContainEqual(['2025', '223']);
	});
});
