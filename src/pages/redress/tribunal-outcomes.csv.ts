import type { APIRoute } from 'astro';
import { getRedress } from '../../lib/data';
import { tribunalOutcomesChart } from '../../lib/pageData/redress/nationalRedress';

/** The data behind the national Tribunal outcomes chart, as CSV. */
export const GET: APIRoute = () =>
	new Response(tribunalOutcomesChart(getRedress())?.chart.csv ?? '', {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
