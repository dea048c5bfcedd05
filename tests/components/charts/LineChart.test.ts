import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import LineChart from '../../../src/components/charts/LineChart.astro';
import { CHART_SIZES } from '../../../src/lib/charts/chartSizes';
import { lineLayout, type LineSeries } from '../../../src/lib/charts/lineLayout';
import { normalizeSvg } from '../../helpers/normalizeSvg';
import { seriesFor, timeliness2018 } from '../../lib/charts/timelinessData';

// % of new EHC plans issued within 20 weeks, excluding exceptions (DfE): Derby 2018 = 11.7
// (2022 release), 2019–2024 from the 2025 release; England and East Midlands likewise.
const series: LineSeries[] = [
	{
		id: 'E06000015',
		label: 'Derby',
		role: 'focus',
		points: [{ x: 2018, figure: timeliness2018('831') }, ...seriesFor({ oldLaCode: '831' })],
	},
	{
		id: 'E92000001',
		label: 'England',
		role: 'reference',
		points: [{ x: 2018, figure: timeliness2018('') }, ...seriesFor({ name: 'England' })],
	},
	{ id: 'E12000004', label: 'East Midlands', role: 'comparison', points: seriesFor({ name: 'East Midlands' }) },
];
const alt =
	'Derby issued 11.7% of new plans within 20 weeks in 2018, rose to 39.9% in 2021 and fell to 16.4% in 2024, below England (46.4%) and the East Midlands (39.0%) in every year.';
const input = { series, unit: 'percent' as const, breakBefore: 2023, breakLabel: 'New collection' };

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

describe('<LineChart layout alt />', () => {
	it('renders Derby against England and the East Midlands as one accessible SVG', async () => {
		const layout = lineLayout({ ...input, ...CHART_SIZES.wide });
		const html = await container.renderToString(LineChart, {
			props: { layout, narrow: null, alt, id: 'derby-timeliness' },
		});
		expect(html).toContain('role="img"');
		expect(html).toContain('aria-labelledby="derby-timeliness-title"');
		expect(html).toContain(`<title id="derby-timeliness-title">${alt}</title>`);
		expect(html).toContain('viewBox="0 0 640 360"');
		expect(html).toMatch(/<text[^>]*>11\.7%<\/text>/);
		// Derby's seven years 2018-2024 as round-capped dots, 9 units wide, in one path.
		const dots = /class="ch-dots" stroke-width="9"[^>]*d="([^"]*)"/.exec(html)![1]!;
		expect(dots.match(/h0/g)).toHaveLength(7);
		expect(html).toMatch(/<text[^>]*>New collection<\/text>/);
		expect(html).toContain('stroke-dasharray="8 5"');
		expect(html).not.toContain('<script');
		expect(html.match(/<svg/g)).toHaveLength(1);
		// Colours come from CSS variables so dark mode and print can change them.
		expect(html).toContain('stroke:var(--chart-focus)');
		await expect(normalizeSvg(html)).toMatchFileSnapshot('../../output/line-chart-derby.svg');
	});

	it('renders a narrow drawing beside the wide one when given, for small screens', async () => {
		const layout = lineLayout({ ...input, ...CHART_SIZES.wide });
		const narrow = lineLayout({ ...input, ...CHART_SIZES.narrow });
		const html = await container.renderToString(LineChart, { props: { layout, narrow, alt, id: 'derby-timeliness' } });
		const svgs = html.match(/<svg[^>]*>/g)!;
		expect(svgs).toHaveLength(2);
		expect(svgs[0]).toContain('chart--wide');
		expect(svgs[1]).toContain('chart--narrow');
		expect(svgs[1]).toContain('viewBox="0 0 340 320"');
		expect(svgs[1]).toContain('aria-labelledby="derby-timeliness-narrow-title"');
		expect(html).not.toContain('<script');
		const narrowSvg = html.slice(html.indexOf('<svg', 10));
		await expect(normalizeSvg(narrowSvg)).toMatchFileSnapshot('../../output/line-chart-derby-narrow.svg');
	});

	it('draws an absent year as a gap with an "n/a" label and no marker (Norfolk 2022)', async () => {
		const layout = lineLayout({
			series: [
				{ id: 'E10000020', label: 'Norfolk', role: 'focus', points: seriesFor({ oldLaCode: '926' }) },
				{ id: 'E92000001', label: 'England', role: 'reference', points: seriesFor({ name: 'England' }) },
			],
			unit: 'percent',
			...CHART_SIZES.wide,
		});
		const html = await container.renderToString(LineChart, {
			props: {
				layout,
				narrow: null,
				alt: 'Norfolk rose from 7.3% in 2019 to 56.3% in 2024; the 2022 figure was not published.',
			},
		});
		expect(html).toMatch(/<text[^>]*><title>Norfolk, 2022: not available<\/title>n\/a<\/text>/);
		expect(html).not.toContain('stroke-dasharray="2 1.5"');
		// Two runs of line for Norfolk, one for England.
		expect(html.match(/<path d="M[^"]*L[^"]*" fill="none"/g)).toHaveLength(3);
		await expect(normalizeSvg(html)).toMatchFileSnapshot('../../output/line-chart-norfolk-gap.svg');
	});
});
