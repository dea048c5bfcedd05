import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ChartDrawing from '../../../components/charts/ChartDrawing.astro';
import { standaloneChartSvg, type StandaloneChart } from '../../charts/standaloneChart';
import { formatIsoDate } from '../../format/formatIsoDate';
import { renderPng } from '../../social/renderPng';
import { SITE_NAME, type PlacedChart } from './siteCharts';

// Read as text, like data/derived, from the project root the build runs in: colours stay set in one place.
const TOKENS_CSS = 'src/styles/tokens.css';
let tokensCss: string | undefined;
let container: Promise<AstroContainer> | undefined;
const svgs = new Map<string, Promise<StandaloneChart>>();

/**
 * A placed chart as a standalone SVG: the same component the page uses draws it (through Astro's
 * container), then standaloneChartSvg adds its title, source, date and our address. Kept per chart
 * for the build, so the PNG endpoint reuses the SVG endpoint's drawing.
 */
export function standaloneSvg(placed: PlacedChart, site: URL): Promise<StandaloneChart> {
	const key = placed.files.svg;
	let done = svgs.get(key);
	if (!done) {
		done = (async () => {
			container ??= AstroContainer.create();
			const figure = placed.chart.figure;
			const astro = await container;
			// Typed ESLint reads a .astro import in a .ts file as an error type; astro check types it.
			// eslint-disable-next-line @typescript-eslint/no-unsafe-argument
			const drawing = await astro.renderToString(ChartDrawing, {
				props: { chart: placed.chart, alt: figure.alt, id: 'chart', narrow: false },
			});
			const { width, height, fontSize } = placed.chart.wide;
			const asOf = formatIsoDate(figure.asOf) ?? figure.asOf;
			return standaloneChartSvg({
				drawing,
				width,
				height,
				fontSize,
				title: figure.title,
				subtitle: figure.subtitle,
				// A source from sources.csv is labelled with its publisher already ("DfE, …"); others name theirs after.
				sources: figure.sources.map((s) => (s.sourceId ? s.title : `${s.title}, ${s.publisher}`)),
				asOf: `Data as of ${asOf}`,
				siteName: SITE_NAME,
				pageUrl: new URL(placed.appearsOn.replace(/#.*$/, ''), site).href,
				tokensCss: (tokensCss ??= readFileSync(TOKENS_CSS, 'utf8')),
			});
		})();
		svgs.set(key, done);
	}
	return done;
}

/** The PNG at twice the SVG's size, for print and slides. */
export async function standalonePng(placed: PlacedChart, site: URL): Promise<Buffer> {
	return renderPng((await standaloneSvg(placed, site)).svg, { scale: 2 });
}
