import { lineLayout } from '../../charts/lineLayout';
import { CHART_SIZES } from '../../charts/chartSizes';
import { formatFigure } from '../../format/formatFigure';
import { published, absent, type Figure } from '../../model/figure';
import { quantileSorted } from 'd3-array';
import { chartAsOf, chartCsv, chartSources, toPoints, type ChartData, type ChartPackage } from './chartPackage';

const MEASURE = 'timeliness_20wk_excl';

/** The median and quartiles of councils' published values in one period; absent when too few councils have one. */
function spread(values: number[], councilCount: number): { q1: Figure; median: Figure; q3: Figure } {
	// Fewer than half the councils (a partial release) would not describe councils in general.
	if (values.length * 2 <= councilCount)
		return { q1: absent('unavailable'), median: absent('unavailable'), q3: absent('unavailable') };
	const sorted = [...values].sort((a, b) => a - b);
	const q = (p: number) => published(Math.round((quantileSorted(sorted, p) ?? 0) * 10) / 10);
	return { q1: q(0.25), median: q(0.5), q3: q(0.75) };
}

/**
 * The national picture: England's % of new plans within 20 weeks, 2014 onwards, with the middle
 * council and the quarter points of all councils each year (every council's figure is in the CSV).
 */
export function nationalTimelinessChart(data: ChartData): ChartPackage | null {
	const england = data.series(MEASURE, 'E92000001');
	if (england.length === 0) return null;
	const councilCodes = new Set(data.councils().map((c) => c.onsCode));
	const councils = data
		.measureObservations(MEASURE)
		.filter((o) => o.areaType === 'council' && councilCodes.has(o.areaCode));
	const periods = [...new Set(england.map((o) => o.period))].sort();
	const stats = periods.map((p) => ({
		period: p,
		...spread(
			councils.filter((o) => o.period === p && o.figure.status === 'published').map((o) => o.figure.value!),
			councilCodes.size,
		),
	}));
	const series = [
		{ id: 'england', label: 'England', role: 'focus' as const, points: toPoints(england) },
		{
			id: 'q3',
			label: 'A quarter of councils above',
			role: 'comparison' as const,
			points: stats.map((s) => ({ x: Number(s.period), figure: s.q3 })),
		},
		{
			id: 'median',
			label: 'Middle council',
			role: 'reference' as const,
			points: stats.map((s) => ({ x: Number(s.period), figure: s.median })),
		},
		{
			id: 'q1',
			label: 'A quarter of councils below',
			role: 'target' as const,
			points: stats.map((s) => ({ x: Number(s.period), figure: s.q1 })),
		},
	];
	const measure = data.measure(MEASURE);
	const options = {
		series,
		unit: 'percent' as const,
		breakBefore: measure.breakBefore,
		breakLabel: 'New collection from 2023',
		valueLabels: 'focus' as const,
	};
	const first = england.find((o) => o.figure.status === 'published');
	const last = [...england].reverse().find((o) => o.figure.status === 'published');
	const fmt = (f: Figure) => formatFigure(f, 'percent');
	// The title cites the first and latest years: both carry their values at every width.
	const cite = [first, last].flatMap((o) => (o ? [{ series: 'england', x: Number(o.period) }] : []));
	return {
		id: 'england-timeliness',
		kind: 'line',
		figure: {
			id: 'chart-england-timeliness',
			title:
				first && last
					? `England issued ${fmt(last.figure)} of new EHC plans within 20 weeks in ${last.period}, against ${fmt(first.figure)} in ${first.period}`
					: 'England: new EHC plans within 20 weeks',
			subtitle: `${measure.label}, England and the spread of councils, ${periods[0]} to ${periods.at(-1)}`,
			alt: `Line chart. England: ${england
				.map((o) => `${o.period} ${fmt(o.figure)}`)
				.filter((_, i, a) => i === 0 || i === a.length - 1 || i % 3 === 0)
				.join(', ')}. Quarter lines show how far councils spread each year.`,
			sources: chartSources([...england, ...councils], data),
			asOf: chartAsOf([...england, ...councils], data),
			notes: [
				'Half of councils lie between the two quarter lines each year. Quarter lines are left out for the latest year, when only a few councils have figures so far.',
				...(measure.breakBefore
					? [`Break in series: from ${measure.breakBefore} DfE collects person-level data.`]
					: []),
			],
			table: {
				columns: [
					'Year',
					'England',
					'Lower quarter of councils',
					'Middle council',
					'Upper quarter of councils',
					'Councils with a figure',
				],
				rows: stats.map((s) => [
					s.period,
					fmt(england.find((o) => o.period === s.period)?.figure ?? absent('unavailable')),
					fmt(s.q1),
					fmt(s.median),
					fmt(s.q3),
					String(councils.filter((o) => o.period === s.period && o.figure.status === 'published').length),
				]),
			},
		},
		csv: chartCsv(
			[
				...england.map((o) => ({ series: 'England', observation: o })),
				...councils.map((o) => ({ series: 'council', observation: o })),
			],
			(o) => data.source(o.sourceId),
		),
		wide: lineLayout({ ...options, ...CHART_SIZES.wide, cite }),
		narrow: lineLayout({ ...options, ...CHART_SIZES.narrow, cite, valueLabels: 'none', breakLabel: 'New series' }),
	};
}
