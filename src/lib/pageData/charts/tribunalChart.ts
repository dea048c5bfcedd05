import { lineLayout } from '../../charts/lineLayout';
import { barLayout } from '../../charts/barLayout';
import { CHART_SIZES } from '../../charts/chartSizes';
import { formatFigure } from '../../format/formatFigure';
import type { Council } from '../../model/council';
import {
	altWithCautions,
	chartAsOf,
	chartCautions,
	chartCsv,
	chartSources,
	seriesTable,
	toPoints,
	type ChartData,
	type ChartPackage,
} from './chartPackage';
import type { Observation } from '../../model/observation';

/** Caveats carried by the figures (e.g. a corrected council code), each once. */
const caveats = (list: readonly Observation[]) => [
	...new Set(list.map((o) => o.note).filter((n): n is string => Boolean(n))),
];

/** Chart 4a: SEND Tribunal appeals registered against the council each year. */
export function appealsChart(council: Council, data: ChartData): ChartPackage | null {
	const appeals = data.series('appeals_registered', council.onsCode);
	if (appeals.length === 0) return null;
	const published = appeals.filter((o) => o.figure.status === 'published');
	const first = published[0];
	const last = published.at(-1);
	const bars = appeals.map((o) => ({ key: o.period, label: o.period, figure: o.figure }));
	// The title cites the first and latest years: both bars carry their values at every width.
	const cite = [first, last].flatMap((o) => (o ? [o.period] : []));
	const options = { bars, unit: 'count' as const, cite };
	return {
		id: 'appeals',
		kind: 'bar',
		figure: {
			id: 'chart-appeals',
			title:
				first && last
					? `Appeals to the SEND Tribunal against ${council.name}: ${formatFigure(first.figure, 'count')} in ${first.period}, ${formatFigure(last.figure, 'count')} in ${last.period}`
					: `Appeals to the SEND Tribunal against ${council.name}`,
			subtitle: `SEND Tribunal appeals registered, ${council.name}, calendar years ${appeals[0]!.period} to ${appeals.at(-1)!.period}`,
			alt: `Bar chart of appeals registered each year: ${appeals.map((o) => `${o.period} ${formatFigure(o.figure, 'count')}`).join(', ')}.`.slice(
				0,
				250,
			),
			sources: chartSources(appeals, data),
			asOf: chartAsOf(appeals, data),
			notes: [
				'Appeals registered by HM Courts and Tribunals Service in the calendar year. Outcomes are published nationally, not by council.',
				...caveats(appeals),
			],
			table: seriesTable(
				appeals.map((o) => o.period),
				[{ label: 'Appeals registered', unit: 'count', observations: appeals }],
			),
		},
		csv: chartCsv(
			appeals.map((o) => ({ series: 'appeals registered', observation: o })),
			(o) => data.source(o.sourceId),
		),
		wide: barLayout({ ...options, ...CHART_SIZES.wide, height: 300 }),
		narrow: barLayout({ ...options, ...CHART_SIZES.narrow, height: 280 }),
	};
}

/**
 * Chart 4b: appeal rate, the council against England, with the original and the new method as
 * separate lines that never join (MoJ: the two are not comparable).
 */
export function appealRateChart(council: Council, data: ChartData): ChartPackage | null {
	const oldOwn = data.series('appeal_rate_old', council.onsCode);
	const newOwn = data.series('appeal_rate_new', council.onsCode);
	if (oldOwn.length === 0 && newOwn.length === 0) return null;
	const oldEng = data.series('appeal_rate_old', 'E92000001');
	const newEng = data.series('appeal_rate_new', 'E92000001');
	const series = [
		{ id: 'council-old', label: `${council.name} (original method)`, role: 'focus' as const, points: toPoints(oldOwn) },
		{ id: 'england-old', label: 'England (original method)', role: 'reference' as const, points: toPoints(oldEng) },
		{ id: 'council-new', label: `${council.name} (new method)`, role: 'comparison' as const, points: toPoints(newOwn) },
		{ id: 'england-new', label: 'England (new method)', role: 'target' as const, points: toPoints(newEng) },
	];
	const all = [...oldOwn, ...oldEng, ...newOwn, ...newEng];
	const periods = [...new Set(all.map((o) => o.period))].sort();
	const max = Math.max(...all.map((o) => o.figure.value ?? 0));
	const top = Math.max(5, Math.ceil(max / 5) * 5);
	const options = {
		series,
		unit: 'percent' as const,
		yDomain: [0, top] as [number, number],
		valueLabels: 'none' as const,
		// Four series ending close together: their names go in a row above the plot, so no
		// leader lines cross the lines they name.
		legend: true,
	};
	const drawn = [
		{ label: `${council.name}'s appeal rate (original method)`, observations: oldOwn },
		{ label: `${council.name}'s appeal rate (new method)`, observations: newOwn },
	];
	const latestNew = [...newOwn].reverse().find((o) => o.figure.status === 'published');
	const latestNewEng = latestNew && newEng.find((o) => o.period === latestNew.period);
	// The title cites the council's latest new-method rate and England's: both carry their values.
	const cite = latestNew
		? [
				{ series: 'council-new', x: Number(latestNew.period) },
				{ series: 'england-new', x: Number(latestNew.period) },
			]
		: [];
	return {
		id: 'appeal-rate',
		kind: 'line',
		figure: {
			id: 'chart-appeal-rate',
			title: latestNew
				? `${formatFigure(latestNew.figure, 'percent')} of ${council.name}'s appealable decisions were appealed in ${latestNew.period}${latestNewEng?.figure.status === 'published' ? `; England ${formatFigure(latestNewEng.figure, 'percent')}` : ''}`
				: `SEND Tribunal appeal rate, ${council.name}`,
			subtitle: `Appeals registered as a share of appealable decisions, ${council.name} and England, ${periods[0]} to ${periods.at(-1)}; original method to 2024, new method from 2024`,
			alt: altWithCautions(
				`Line chart of appeal rates. Original method: ${council.name} ${oldOwn
					.map((o) => formatFigure(o.figure, 'percent'))
					.slice(-3)
					.join(
						', ',
					)} in the last three years. New method: ${newOwn.map((o) => `${o.period} ${formatFigure(o.figure, 'percent')}`).join(', ')}.`,
				drawn,
			),
			sources: chartSources(all, data),
			asOf: chartAsOf(all, data),
			cautions: chartCautions(drawn),
			notes: [
				'The original method divides appeals by decisions that include every plan in place in January; the new method (from 2024) counts annual reviews completed instead, so its rates are higher. The two are drawn as separate lines and should not be compared.',
				...caveats([...oldOwn, ...newOwn]),
			],
			table: seriesTable(periods, [
				{ label: `${council.name}, original`, unit: 'percent', observations: oldOwn },
				{ label: 'England, original', unit: 'percent', observations: oldEng },
				{ label: `${council.name}, new`, unit: 'percent', observations: newOwn },
				{ label: 'England, new', unit: 'percent', observations: newEng },
			]),
		},
		csv: chartCsv(
			[
				...oldOwn.map((o) => ({ series: `${council.name}, original method`, observation: o })),
				...oldEng.map((o) => ({ series: 'England, original method', observation: o })),
				...newOwn.map((o) => ({ series: `${council.name}, new method`, observation: o })),
				...newEng.map((o) => ({ series: 'England, new method', observation: o })),
			],
			(o) => data.source(o.sourceId),
		),
		wide: lineLayout({ ...options, ...CHART_SIZES.wide, cite }),
		narrow: lineLayout({ ...options, ...CHART_SIZES.narrow, cite }),
	};
}
