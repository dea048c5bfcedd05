import type { APIRoute } from 'astro';
import { getCouncils, getRedress } from '../../../lib/data';
import { councilCharts } from '../../../lib/pageData/charts/councilCharts';
import { siteData } from '../../../lib/pageData/siteData';
import { councilRedress } from '../../../lib/pageData/redress/councilRedress';

/** The data behind each chart on each council page, as CSV. */
export function getStaticPaths() {
	const councils = getCouncils();
	return councils.flatMap((council) =>
		[
			...councilCharts(council, siteData).flatMap((s) => s.charts),
			...[councilRedress(council, getRedress(), councils.length).chart].filter((c) => c !== null),
		].map((chart) => ({ params: { slug: council.slug, chart: chart.id }, props: { csv: chart.csv } })),
	);
}

export const GET: APIRoute = ({ props }) =>
	new Response((props as { csv: string }).csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
