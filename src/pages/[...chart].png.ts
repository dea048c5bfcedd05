import type { APIRoute } from 'astro';
import { publicSite } from '../lib/site/publicSite';
import { siteCharts, type PlacedChart } from '../lib/pageData/charts/siteCharts';
import { standalonePng } from '../lib/pageData/charts/standaloneFiles';

/** Every chart as a PNG at twice its size, beside its CSV: /councils/derby/timeliness.png. */
export const getStaticPaths = () =>
	siteCharts().map((placed) => ({ params: { chart: placed.files.png.replace(/\.png$/, '') }, props: { placed } }));

export const GET: APIRoute = async ({ props, site }) => {
	const png = await standalonePng((props as { placed: PlacedChart }).placed, publicSite(site));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
