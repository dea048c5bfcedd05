import { lineLayout } from '../../charts/lineLayout';
import { CHART_SIZES } from '../../charts/chartSizes';
import { formatFigure } from '../../format/formatFigure';
import type { Council } from '../../model/council';
import type { Figure } from '../../model/figure';
import {
	chartAsOf,
	chartCsv,
	chartSources,
	seriesTable,
	toPoints,
	type ChartData,
	type ChartPackage,
} from './chartPackage';
import { formatNumber } from '../../format/formatNumber';

// The conversion programme: every statement of SEN was to be transferred to an EHC plan (or
// ended) by 31 March 2018 (Children and Families Act 2014 transitional arrangements; brief.md).
const YEARS = ['2014', '2015', '2016', '2017', '2018'];
/** 31 March 2018 as a fractional year on a January-census axis (a quarter of the way through 2018). */
const DEADLINE_X = 2018.25;

/** Chart 2a: statements still open each January, against the straight line that would have met the deadline. */
export function conversionStockChart(council: Council, data: ChartData): ChartPackage | null {
	const stock = data
		.series('statements_in_place', council.onsCode)
		.filter((o) => Number(o.period) >= 2014 && Number(o.period) <= 2019);
	const start = stock.find((o) => o.period === '2014');
	if (start?.figure.status !== 'published') return null;
	const jan2018 = stock.find((o) => o.period === '2018');
	const transfers = data.series('statements_transferred', council.onsCode).filter((o) => YEARS.includes(o.period));
	const shares = data
		.series('statements_transferred_cumulative_pct', council.onsCode)
		.filter((o) => YEARS.includes(o.period));
	const total = transfers.every((o) => o.figure.status === 'published')
		? transfers.reduce((s, o) => s + (o.figure.value ?? 0), 0)
		: null;
	// The straight line runs from the January 2014 count to none left at the deadline.
	const target = {
		id: 'target',
		label: 'Straight line to none left by 31 March 2018',
		role: 'target' as const,
		points: [
			{ x: 2014, figure: start.figure },
			{ x: DEADLINE_X, figure: { status: 'published', value: 0 } as Figure },
		],
	};
	const series = [
		{ id: 'council', label: `${council.name}: statements left`, role: 'focus' as const, points: toPoints(stock) },
		target,
	];
	const options = {
		series,
		unit: 'count' as const,
		xDomain: [2014, 2019] as [number, number],
		annotations: [{ x: DEADLINE_X, label: 'Deadline 31 March 2018' }],
		formatX: (x: number) => `Jan ${x}`,
		// The title cites January 2018's count, so that point always carries its value.
		cite: [{ series: 'council', x: 2018 }],
	};
	const title =
		jan2018?.figure.status === 'published'
			? `${council.name} still had ${formatFigure(jan2018.figure, 'count')} statements to transfer in January 2018, before the 31 March deadline${total !== null ? `; it transferred ${formatNumber(total)} in 2014 to 2018` : ''}`
			: `${council.name}: statements still to transfer each January, 2014 to 2019`;
	return {
		id: 'conversion',
		kind: 'line',
		figure: {
			id: 'chart-conversion',
			title,
			subtitle: `SEN statements still in place at the January census, ${council.name}, 2014 to 2019`,
			alt: `Line chart. Statements in place fell from ${formatFigure(start.figure, 'count')} in January 2014${jan2018 ? ` to ${formatFigure(jan2018.figure, 'count')} in January 2018` : ''}, against a straight line to none by 31 March 2018.`.slice(
				0,
				250,
			),
			sources: chartSources([...stock, ...transfers], data),
			asOf: chartAsOf([...stock, ...transfers], data),
			notes: [
				'The straight line shows the steady pace that would have transferred every statement by the deadline; it is a yardstick, not a published figure.',
				'Transfers are children and young people with a statement who were issued with an EHC plan in the calendar year (DfE SEN2); 2018 covers January to the March deadline and after. Council reports may count differently, for example by financial year.',
			],
			table: seriesTable([...new Set([...stock, ...transfers].map((o) => o.period))].sort(), [
				{ label: 'Statements in place in January', unit: 'count', observations: stock },
				{ label: 'Transferred to EHC plans in the year', unit: 'count', observations: transfers },
				{ label: 'Transferred so far, share of January 2014', unit: 'percent', observations: shares },
			]),
		},
		csv: chartCsv(
			[
				...stock.map((o) => ({ series: 'statements in place (January)', observation: o })),
				...transfers.map((o) => ({ series: 'statements transferred in the year', observation: o })),
				...shares.map((o) => ({ series: 'transferred so far, share of January 2014', observation: o })),
			],
			(o) => data.source(o.sourceId),
		),
		wide: lineLayout({ ...options, ...CHART_SIZES.wide }),
		narrow: lineLayout({ ...options, ...CHART_SIZES.narrow, valueLabels: 'none', breakLabel: 'New series' }),
	};
}
