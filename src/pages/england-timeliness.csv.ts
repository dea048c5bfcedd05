import type { APIRoute } from 'astro';
import { nationalTimelinessChart } from '../lib/pageData/charts/nationalCharts';
import { chartData } from '../lib/pageData/charts/chartData';

/** The data behind the home page's national chart: England and every council, every year. */
export const GET: APIRoute = () =>
	new Response(nationalTimelinessChart(chartData)?.csv ?? '', {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
