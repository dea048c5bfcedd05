import type { APIRoute } from 'astro';
import { nationalTimelinessChart } from '../lib/pageData/charts/nationalCharts';
import { siteData } from '../lib/pageData/siteData';

/** The data behind the home page's national chart: England and every council, every year. */
export const GET: APIRoute = () =>
	new Response(nationalTimelinessChart(siteData)?.csv ?? '', {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
