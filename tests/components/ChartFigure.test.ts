import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ChartFigure from '../../src/components/ChartFigure.astro';
import { lineLayout } from '../../src/lib/charts/lineLayout';
import { published } from '../../src/lib/model/figure';
import { parseChartFigureProps, type ChartFigureProps } from '../../src/schemas/chartFigure';
import FigureWithLineChart from './fixtures/FigureWithLineChart.astro';

const figure: ChartFigureProps = {
	id: 'derby-timeliness',
	title: 'Derby issued fewer than one in five new plans on time in 2024',
	subtitle: 'New EHC plans issued within 20 weeks, excluding exceptions, Derby and England, 2018 to 2024',
	alt: 'Derby: 11.7% in 2018, 39.9% in 2021 and 16.4% in 2024; England 46.4% in 2024.',
	sources: [
		{
			title: 'Education, health and care plans: 2025',
			url: 'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans',
			publisher: 'Department for Education',
		},
	],
	asOf: '2025-06-26',
	notes: ['2023 onwards comes from a new data collection and is not directly comparable with earlier years.'],
	csv: { href: '/data/derby-timeliness.csv', bytes: 3240 },
	table: {
		columns: ['Year', 'Derby', 'England'],
		rows: [
			['2018', '11.7%', '60.1%'],
			['2022', '28.2%', '49.2%'],
			['2024', '16.4%', 'not available'],
		],
	},
};

/** The markup without Astro's scoped-style attributes (data-astro-cid-*), which vary by build. */
const render = async (...args: Parameters<AstroContainer['renderToString']>) =>
	(await container.renderToString(...args)).replace(/\s+data-astro-cid-\w+(="[^"]*")?/g, '');

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

describe('parseChartFigureProps(props)', () => {
	it('throws one readable error naming every missing part', () => {
		const { alt: _alt, sources: _sources, asOf: _asOf, ...rest } = figure;
		expect(() => parseChartFigureProps(rest)).toThrow(
			'Invalid props passed to <ChartFigure/>: alt: Required; sources: Required; asOf: Required (in the chart titled "Derby issued fewer than one in five new plans on time in 2024")',
		);
	});

	it.each([
		// An empty source list is as bad as none.
		[{ sources: [] }, 'sources: needs at least one source'],
		[{ sources: [{ title: 'EHC plans', publisher: 'DfE', url: 'not a url' }] }, 'sources[0].url: Invalid url'],
		[{ alt: 'x'.repeat(251) }, 'alt: must be 250 characters or fewer'],
		[{ alt: figure.title }, 'alt: must describe the chart, not repeat the title'],
		[{ table: { columns: ['Year', 'Derby'], rows: [['2018']] } }, 'table.rows[0]: has 1 cells but there are 2 columns'],
		[{ csv: { href: '/x.csv', bytes: -1 } }, 'csv.bytes: Number must be greater than or equal to 0'],
	])('rejects %j with "%s"', (patch, message) => {
		expect(() => parseChartFigureProps({ ...figure, ...patch })).toThrow(message);
	});

	it('accepts a complete package', () => {
		expect(parseChartFigureProps(figure).alt).toBe(figure.alt);
	});
});

describe('<ChartFigure/>', () => {
	it('fails to render without alt, sources and asOf, with the friendly error', async () => {
		const { alt: _alt, sources: _sources, asOf: _asOf, ...rest } = figure;
		await expect(
			container.renderToString(ChartFigure, { props: rest, slots: { default: '<svg></svg>' } }),
		).rejects.toThrow(/Invalid props passed to <ChartFigure\/>: alt: Required; sources: Required; asOf: Required/);
	});

	it('renders the whole package: title, subtitle, chart, notes, source link, date, CSV size, table', async () => {
		const html = await render(ChartFigure, {
			props: figure,
			slots: { default: '<svg role="img" aria-labelledby="t"><title id="t">chart</title></svg>' },
		});
		expect(html).toMatch(/<figure[^>]*id="derby-timeliness"/);
		expect(html).toMatch(/<h3[^>]*>Derby issued fewer than one in five new plans on time in 2024<\/h3>/);
		expect(html).toContain(figure.subtitle);
		expect(html).toContain('<svg role="img"');
		expect(html).toContain('<li>2023 onwards comes from a new data collection');
		expect(html).toMatch(
			/Source:\s*<a href="https:\/\/explore-education-statistics\.service\.gov\.uk\/find-statistics\/education-health-and-care-plans">Education, health and care plans: 2025<\/a>, Department for Education/,
		);
		expect(html).toMatch(/Data as of\s*<time datetime="2025-06-26">26 June 2025<\/time>/);
		expect(html).toMatch(
			/<a href="\/data\/derby-timeliness\.csv" download>\s*Download the data \(CSV, 3\.2 kB\)\s*<\/a>/,
		);
		expect(html).toMatch(/<details[^>]*>\s*<summary>Show the data as a table<\/summary>/);
		expect(html).toMatch(/<caption[^>]*>Derby issued fewer than one in five/);
		expect(html).toMatch(/<td class="data-table__status"[^>]*>not available<\/td>/);
		expect(html).not.toContain('<script');
	});

	it('passes its alt and an id to a chart given as a function slot, so the SVG is named by the alt', async () => {
		const layout = lineLayout({
			series: [
				{
					id: 'derby',
					label: 'Derby',
					role: 'focus',
					points: [
						{ x: 2018, figure: published(11.7) },
						{ x: 2024, figure: published(16.4) },
					],
				},
			],
			unit: 'percent',
			width: 640,
			height: 360,
		});
		const html = await render(FigureWithLineChart, { props: { figure, layout } });
		expect(html).toContain('aria-labelledby="derby-timeliness-chart-title"');
		expect(html).toContain(`<title id="derby-timeliness-chart-title">${figure.alt}</title>`);
		expect(html).toMatch(/<text[^>]*>11\.7%<\/text>/);
	});

	it('prints a plain-text date and a source without a link as given', async () => {
		const html = await render(ChartFigure, {
			props: {
				...figure,
				asOf: 'September 2018',
				sources: [{ title: 'FOI response', publisher: 'Derby City Council' }],
				csv: undefined,
				headingLevel: 2,
			},
		});
		expect(html).toMatch(/Data as of\s*September 2018/);
		expect(html).toMatch(/Source:\s*<cite>FOI response<\/cite>, Derby City Council/);
		expect(html).toMatch(/<h2[^>]*>/);
		expect(html).not.toContain('Download the data');
	});

	it('puts a caution for a doubtful figure first in the notes, linking its rule on the Data quality page', async () => {
		const html = await render(ChartFigure, {
			props: {
				...figure,
				cautions: [
					{
						text: 'The 2024 figure for Derby looks doubtful (a hollow point in a dashed ring): a test caution.',
						rule: 'decisions-fewer-than-plans',
					},
				],
			},
		});
		expect(html).toMatch(
			/<ul class="chart-figure__notes">\s*<li class="chart-figure__caution">\s*The 2024 figure for Derby looks doubtful \(a hollow point in a dashed ring\): a test caution\. <a href="\/data-quality\/#decisions-fewer-than-plans">See Data quality<\/a>\.\s*<\/li>\s*<li>2023 onwards/,
		);
	});
});
