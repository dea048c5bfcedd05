import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import BarChart from '../../../src/components/charts/BarChart.astro';
import { barLayout, type BarDatum } from '../../../src/lib/charts/barLayout';
import { CHART_SIZES } from '../../../src/lib/charts/chartSizes';
import { published } from '../../../src/lib/model/figure';
import { normalizeSvg } from '../../helpers/normalizeSvg';
import { seriesFor } from '../../lib/charts/timelinessData';

// Derby City Council scrutiny report, 29 October 2018: requests since 1 April 2018 and their progress.
const funnel: BarDatum[] = [
	{ key: 'requests', label: 'Requests received', figure: published(186) },
	{ key: 'agreed', label: 'Assessments agreed', figure: published(145) },
	{ key: 'drafts', label: 'Draft plans', figure: published(67) },
	{ key: 'final', label: 'Plans finalised', figure: published(19) },
	{ key: 'on-time', label: 'Finalised within 20 weeks', figure: published(10), highlight: true },
];
const funnelAlt =
	'Of 186 requests since April 2018, 145 were agreed for assessment, 67 reached a draft plan, 19 a final plan and 10 a final plan within 20 weeks.';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

describe('<BarChart layout alt />', () => {
	it('renders the Derby funnel as horizontal bars with counts at their ends', async () => {
		const layout = barLayout({ bars: funnel, unit: 'count', orientation: 'horizontal', width: 640, height: 280 });
		const narrow = barLayout({
			bars: funnel,
			unit: 'count',
			orientation: 'horizontal',
			...CHART_SIZES.narrow,
			categoryLabels: 'above',
		});
		const html = await container.renderToString(BarChart, {
			props: { layout, narrow, alt: funnelAlt, id: 'derby-funnel' },
		});
		expect(html).toContain('role="img"');
		expect(html).toContain(`<title id="derby-funnel-title">${funnelAlt}</title>`);
		for (const n of ['186', '145', '67', '19', '10']) expect(html).toMatch(new RegExp(`<text[^>]*>${n}</text>`));
		expect(html).toMatch(/<text[^>]*>Finalised within 20 weeks<\/text>/);
		expect(html).not.toContain('<script');
		const [wide, small] = html.split(/(?=<svg)/).filter((s) => s.startsWith('<svg'));
		await expect(normalizeSvg(wide!)).toMatchFileSnapshot('../../output/bar-chart-derby-funnel.svg');
		await expect(normalizeSvg(small!)).toMatchFileSnapshot('../../output/bar-chart-derby-funnel-narrow.svg');
	});

	it('renders an absent year as a hatched placeholder with "n/a" and a break in series (Norfolk)', async () => {
		const bars = seriesFor({ oldLaCode: '926' }).map((p) => ({
			key: String(p.x),
			label: String(p.x),
			figure: p.figure,
		}));
		const layout = barLayout({ bars, unit: 'percent', breakBefore: '2023', ...CHART_SIZES.wide });
		const html = await container.renderToString(BarChart, {
			props: {
				layout,
				narrow: null,
				alt: 'Norfolk issued 7.3% of plans on time in 2019 and 56.3% in 2024; no figure was published for 2022.',
			},
		});
		expect(html).toMatch(/fill="url\(#chart-[0-9a-f]{8}-title-hatch\)"/);
		expect(html).toContain('<title>2022: not available</title>');
		expect(html).toMatch(/<text[^>]*>n\/a<\/text>/);
		expect(html).toMatch(/<text[^>]*>Break in series<\/text>/);
		await expect(normalizeSvg(html)).toMatchFileSnapshot('../../output/bar-chart-norfolk.svg');
	});
});
