import type { APIRoute } from 'astro';
import { councilPaths, getMeasures, getSeries, getRegions, getSource } from '../../../lib/data';
import { observationsCsv } from '../../../lib/pageData/observationsCsv';
import type { Council } from '../../../lib/model/council';

export const getStaticPaths = councilPaths;

/** Every figure for the council, with England and its region beside it, as CSV. */
export const GET: APIRoute = ({ props }) => {
	const council = (props as { council: Council }).council;
	const names = new Map([
		['E92000001', 'England'],
		...getRegions().map((r) => [r.code, r.name] as [string, string]),
		[council.onsCode, council.name],
	]);
	const areas = [council.onsCode, 'E92000001', council.regionCode];
	const observations = getMeasures().flatMap((m) => areas.flatMap((a) => getSeries(m.id, a)));
	return new Response(
		observationsCsv(observations, (code) => names.get(code) ?? code, getSource),
		{
			headers: { 'Content-Type': 'text/csv; charset=utf-8' },
		},
	);
};
