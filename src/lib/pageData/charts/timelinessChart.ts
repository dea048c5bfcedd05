import { lineLayout } from '../../charts/lineLayout';
import { CHART_SIZES } from '../../charts/chartSizes';
import { formatFigure } from '../../format/formatFigure';
import type { Council } from '../../model/council';
import type { Observation } from '../../model/observation';
import {
	chartAsOf,
	chartCsv,
	chartSources,
	seriesTable,
	toPoints,
	type ChartData,
	type ChartPackage,
} from './chartPackage';

const MEASURE = 'timeliness_20wk_excl';

/** Words for a published rate's trend over a series, for the text alternative. */
function range(name: string, list: readonly Observation[]): string {
	const published = list.filter((o) => o.figure.status === 'published');
	if (published.length === 0) return `${name}: no published figures`;
	const low = published.reduce((a, b) => ((a.figure.value ?? 0) <= (b.figure.value ?? 0) ? a : b));
	const high = published.reduce((a, b) => ((a.figure.value ?? 0) >= (b.figure.value ?? 0) ? a : b));
	return `${name} ranged from ${formatFigure(low.figure, 'percent')} (${low.period}) to ${formatFigure(high.figure, 'percent')} (${high.period})`;
}

/** Chart 1: % of new EHC plans issued within 20 weeks, the council against England and its region. */
export function timelinessChart(council: Council, data: ChartData): ChartPackage | null {
	const measure = data.measure(MEASURE);
	const own = data.series(MEASURE, council.onsCode);
	if (own.length === 0) return null;
	const england = data.series(MEASURE, 'E92000001');
	const region = data.series(MEASURE, council.regionCode);
	const latest = [...own].reverse().find((o) => o.figure.status === 'published') ?? own.at(-1)!;
	const englandSame = england.find((o) => o.period === latest.period);
	const first = own[0]!.period;
	const last = own.at(-1)!.period;
	const series = [
		{ id: 'council', label: council.name, role: 'focus' as const, points: toPoints(own) },
		{ id: 'region', label: council.regionName, role: 'comparison' as const, points: toPoints(region) },
		{ id: 'england', label: 'England', role: 'reference' as const, points: toPoints(england) },
	];
	const breakBefore = measure.breakBefore;
	// The title cites the council's latest year and England's: both carry their values.
	const cite = [
		{ series: 'council', x: Number(latest.period) },
		{ series: 'england', x: Number(latest.period) },
	];
	const smallBase = measure.smallBase;
	const options = {
		series,
		unit: 'percent' as const,
		breakBefore,
		breakLabel: 'New collection from 2023',
		smallBase,
		cite,
	};
	const wide = lineLayout({ ...options, ...CHART_SIZES.wide });
	const narrow = lineLayout({ ...options, ...CHART_SIZES.narrow, valueLabels: 'none', breakLabel: 'New series' });
	const periods = [...new Set([...own, ...england, ...region].map((o) => o.period))].sort();
	// The split of all plans (including exceptions) by time taken, published from 2023: in the table and CSV.
	const within = data.series('timeliness_20wk_incl', council.onsCode);
	const middle = data.series('timeliness_20_52wk_incl', council.onsCode);
	const overYear = data.series('timeliness_over_52wk_incl', council.onsCode);
	const all = [...own, ...england, ...region];
	const missing = own.filter((o) => o.figure.status !== 'published');
	const title =
		latest.figure.status === 'published'
			? `${council.name} issued ${formatFigure(latest.figure, 'percent')} of new EHC plans within 20 weeks in ${latest.period}` +
				(englandSame?.figure.status === 'published' ? `; England ${formatFigure(englandSame.figure, 'percent')}` : '')
			: `${council.name}: no published 20-week figure for ${latest.period}`;
	return {
		id: 'timeliness',
		kind: 'line',
		figure: {
			id: 'chart-timeliness',
			title,
			subtitle: `${measure.label}, ${council.name}, ${council.regionName} and England, ${first} to ${last}`,
			alt: `Line chart. ${range(council.name, own)}; ${range('England', england)}.${missing.length ? ` No figure for ${missing.map((o) => o.period).join(', ')}.` : ''}`.slice(
				0,
				250,
			),
			sources: chartSources([...all, ...within, ...middle, ...overYear], data),
			asOf: chartAsOf([...all, ...within, ...middle, ...overYear], data),
			notes: [
				`DfE's headline measure: exception cases the law allows to take longer are left out. The table adds, for all plans, the share issued within 20 weeks, after 20 to 52 weeks and after more than a year, where published (from 2023).`,
				...(breakBefore
					? [
							`Break in series: from ${breakBefore} DfE collects person-level data; earlier years are not directly comparable.`,
						]
					: []),
				...(smallBase !== null && (wide.hasSmallBase || narrow.hasSmallBase)
					? [
							`A hollow point is a year with fewer than ${smallBase} new plans, labelled with the count (such as "1 of 3"): with so few, one or two plans swing the rate a long way.`,
						]
					: []),
				...(missing.length
					? [
							`A gap marks a year with no published figure (${missing.map((o) => `${o.period}: ${formatFigure(o.figure, 'percent')}`).join('; ')}); it is not zero.`,
						]
					: []),
			],
			table: seriesTable(periods, [
				{ label: council.name, unit: 'percent', observations: own },
				{ label: council.regionName, unit: 'percent', observations: region },
				{ label: 'England', unit: 'percent', observations: england },
				{ label: `${council.name}, all plans: within 20 weeks`, unit: 'percent', observations: within },
				{ label: `${council.name}, all plans: 20 to 52 weeks`, unit: 'percent', observations: middle },
				{ label: `${council.name}, all plans: over a year`, unit: 'percent', observations: overYear },
			]),
		},
		csv: chartCsv(
			[
				...own.map((o) => ({ series: council.name, observation: o })),
				...region.map((o) => ({ series: council.regionName, observation: o })),
				...england.map((o) => ({ series: 'England', observation: o })),
				...within.map((o) => ({ series: `${council.name}, all plans within 20 weeks`, observation: o })),
				...middle.map((o) => ({ series: `${council.name}, all plans 20 to 52 weeks`, observation: o })),
				...overYear.map((o) => ({ series: `${council.name}, all plans over a year`, observation: o })),
			],
			(o) => data.source(o.sourceId),
		),
		wide,
		narrow,
	};
}
