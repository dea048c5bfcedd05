import { describe, expect, it } from 'vitest';
import { getCouncils } from '~/lib/data';
import { chartData } from '~/lib/pageData/charts/chartData';
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
			councilCharts(council, chartData)
				.flatMap((s) => s.charts)
				.flatMap((chart) => problemsOf(chart).map((p) => `${council.name}: ${p}`)),
		);
		expect(problems).toEqual([]);
	});

	it('hold for the national chart on the home page too', () => {
		const chart = nationalTimelinessChart(chartData);
		expect(chart && problemsOf(chart)).toEqual([]);
	});
});
