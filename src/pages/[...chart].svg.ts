import type { APIRoute } from 'astro';
import { publicSite } from '../lib/site/publicSite';
import { siteCharts, type PlacedChart } from '../lib/pageData/charts/siteCharts';
import { standaloneSvg } from '../lib/pageData/charts/standaloneFiles';

/** Every chart as a standalone SVG beside its CSV: /councils/derby/timeliness.svg. */
export const getStaticPaths = () =>
	siteCharts().map((placed) => ({ params: { chart: placed.files.svg.replace(/\.svg$/, '') }, props: { placed } }));

export const GET: APIRoute = async ({ props, site }) => {
	const { svg } = await standaloneSvg((props as { placed: PlacedChart }).placed, publicSite(site));
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
