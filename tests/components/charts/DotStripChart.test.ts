import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import DotStripChart from '../../../src/components/charts/DotStripChart.astro';
import { CHART_SIZES } from '../../../src/lib/charts/chartSizes';
import { dotStripLayout } from '../../../src/lib/charts/dotStripLayout';
import { normalizeSvg } from '../../helpers/normalizeSvg';
import { timeliness2025 } from '../../lib/charts/timelinessData';

// Every council's 2024 rate, excluding exceptions (DfE 2025 release); England 46.4%.
const dots = timeliness2025()
	.filter((r) => r.year === 2024 && r.level === 'Local authority')
	.map((r) => ({ id: r.onsCode, label: r.name, figure: r.figure }));
const options = {
	dots,
	unit: 'percent' as const,
	highlight: 'E06000015',
	england: { label: 'England', value: 46.4 },
	quartiles: true,
};
const alt = 'Derby (16.4%) is among the lowest of 151 councils in 2024; England is 46.4%.';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

describe('<DotStripChart layout alt />', () => {
	it('renders one dot per council with Derby labelled and England marked', async () => {
		const layout = dotStripLayout({ ...options, width: CHART_SIZES.wide.width });
		const html = await container.renderToString(DotStripChart, {
			props: { layout, narrow: null, alt, id: 'derby-among-councils' },
		});
		expect(html).toContain('role="img"');
		// 150 councils as zero-length round-capped strokes in one path (Derby is drawn on its own).
		expect(/<path class="dots" d="([^"]*)"/.exec(html)![1]!.match(/h0/g)).toHaveLength(150);
		expect(html.match(/<circle /g)).toHaveLength(1);
		expect(html).toMatch(/<text[^>]*>Derby: 16\.4%<\/text>/);
		expect(html).toMatch(/<text[^>]*>England: 46\.4%<\/text>/);
		expect(html).toContain('Not shown: 2 councils (not available).');
		expect(html).not.toContain('<script');
		await expect(normalizeSvg(html)).toMatchFileSnapshot('../../output/dot-strip-derby-2024.svg');
	});

	it('lays out a narrow drawing for small screens', async () => {
		const layout = dotStripLayout({ ...options, width: CHART_SIZES.wide.width });
		const narrow = dotStripLayout({
			...options,
			width: CHART_SIZES.narrow.width,
			fontSize: CHART_SIZES.narrow.fontSize,
		});
		const html = await container.renderToString(DotStripChart, {
			props: { layout, narrow, alt, id: 'derby-among-councils' },
		});
		const small = html.slice(html.indexOf('<svg', 10));
		expect(small).toContain('chart--narrow');
		await expect(normalizeSvg(small)).toMatchFileSnapshot('../../output/dot-strip-derby-2024-narrow.svg');
	});
});
