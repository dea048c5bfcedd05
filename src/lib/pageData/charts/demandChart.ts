import { lineLayout } from '../../charts/lineLayout';
import { CHART_SIZES } from '../../charts/chartSizes';
import { formatFigure } from '../../format/formatFigure';
import { published, absent, type Figure } from '../../csv/figure';
import type { Council } from '../../councils/council';
import type { Observation } from '../../observation';
import { chartAsOf, chartCsv, chartSources, seriesTable, toPoints, type ChartData, type ChartPackage } from './chartPackage';

const FIRST_CENSUS_AFTER_CONVERSION = 2019;

/** Each published value as an index of the first year both areas have: base year = 100. */
export function indexed(list: readonly Observation[], base: string): { x: number; figure: Figure }[] {
	const b = list.find((o) => o.period === base);
	const baseValue = b && b.figure.status === 'published' && b.figure.value > 0 ? b.figure.value : null;
	return list.map((o) => ({
		x: Number(o.period),
		figure: baseValue === null ? absent('unavailable') : o.figure.status === 'published' ? published(Math.round((o.figure.value / baseValue) * 1000) / 10) : o.figure,
	}));
}

/** Chart 3a: plans in place and requests for assessment, council against England, indexed. */
export function demandChart(council: Council, data: ChartData): ChartPackage | null {
	// From January 2019, the first census after every statement was due to have become a plan, so
	// growth is new demand rather than the conversion programme moving statements across.
	const plans = data.series('plans_in_place', council.onsCode).filter((o) => Number(o.period) >= FIRST_CENSUS_AFTER_CONVERSION);
	const englandPlans = data.series('plans_in_place', 'E92000001').filter((o) => Number(o.period) >= FIRST_CENSUS_AFTER_CONVERSION);
	const base = plans.find((o) => o.figure.status === 'published' && o.figure.value > 0 && englandPlans.some((e) => e.period === o.period && e.figure.status === 'published'))?.period;
	if (!base) return null;
	const last = plans.at(-1)!;
	const ownIndex = indexed(plans, base);
	const engIndex = indexed(englandPlans, base);
	const ownLast = ownIndex.at(-1)?.figure;
	const engLast = engIndex.find((p) => p.x === Number(last.period))?.figure;
	const series = [
		{ id: 'council', label: council.name, role: 'focus' as const, points: ownIndex },
		{ id: 'england', label: 'England', role: 'reference' as const, points: engIndex },
	];
	const options = { series, unit: 'count' as const, formatX: (x: number) => `Jan ${x}`, digits: 0 };
	const times = (f: Figure | undefined) => (f && f.status === 'published' ? `${(f.value / 100).toLocaleString('en-GB', { maximumFractionDigits: 1 })} times` : 'not available');
	const all = [...plans, ...englandPlans];
	return {
		id: 'demand',
		kind: 'line',
		figure: {
			id: 'chart-demand',
			title: `EHC plans in place in ${council.name} in January ${last.period} were ${times(ownLast)} the January ${base} number; England ${times(engLast)}`,
			subtitle: `EHC plans in place at the January census, indexed to January ${base} = 100, ${council.name} and England, ${base} to ${last.period}`,
			alt: `Line chart of growth in plans in place since January ${base}: ${council.name} ${formatFigure(plans.find((o) => o.period === base)!.figure, 'count')} to ${formatFigure(last.figure, 'count')}; England grew from ${formatFigure(englandPlans.find((o) => o.period === base)?.figure ?? absent('unavailable'), 'count')}.`.slice(0, 250),
			sources: chartSources(all, data),
			asOf: chartAsOf(all, data),
			notes: [`Indexed so that a council of any size can be set beside England: 100 is each area's own count in January ${base}.`],
			table: seriesTable(
				plans.map((o) => o.period),
				[
					{ label: `${council.name} (plans)`, unit: 'count', observations: plans },
					{ label: 'England (plans)', unit: 'count', observations: englandPlans },
				],
				'January',
			),
		},
		csv: chartCsv([...plans.map((o) => ({ series: council.name, observation: o })), ...englandPlans.map((o) => ({ series: 'England', observation: o }))]),
		wide: lineLayout({ ...options, ...CHART_SIZES.wide }),
		narrow: lineLayout({ ...options, ...CHART_SIZES.narrow, valueLabels: 'none' }),
	};
}

/** Chart 3b: refusal rate, council against England and region. */
export function refusalChart(council: Council, data: ChartData): ChartPackage | null {
	const own = data.series('refusal_rate', council.onsCode);
	if (own.length === 0) return null;
	const england = data.series('refusal_rate', 'E92000001');
	const region = data.series('refusal_rate', council.regionCode);
	const measure = data.measure('refusal_rate');
	const latest = [...own].reverse().find((o) => o.figure.status === 'published');
	const engSame = latest && england.find((o) => o.period === latest.period);
	const series = [
		{ id: 'council', label: council.name, role: 'focus' as const, points: toPoints(own) },
		{ id: 'region', label: council.regionName, role: 'comparison' as const, points: toPoints(region) },
		{ id: 'england', label: 'England', role: 'reference' as const, points: toPoints(england) },
	];
	const options = { series, unit: 'percent' as const, breakBefore: measure.breakBefore, breakLabel: 'New collection from 2023' };
	const all = [...own, ...england, ...region];
	const periods = [...new Set(all.map((o) => o.period))].sort();
	return {
		id: 'refusals',
		kind: 'line',
		figure: {
			id: 'chart-refusals',
			title: latest
				? `${council.name} refused to assess ${formatFigure(latest.figure, 'percent')} of requests in ${latest.period}${engSame && engSame.figure.status === 'published' ? `; England ${formatFigure(engSame.figure, 'percent')}` : ''}`
				: `${council.name}: requests refused`,
			subtitle: `${measure.label}, ${council.name}, ${council.regionName} and England, ${periods[0]} to ${periods.at(-1)}`,
			alt: `Line chart of refusal rates by year. ${council.name}: ${own.map((o) => `${o.period} ${formatFigure(o.figure, 'percent')}`).slice(-4).join(', ')}.`.slice(0, 250),
			sources: chartSources(all, data),
			asOf: chartAsOf(all, data),
			notes: [measure.definition],
			table: seriesTable(periods, [
				{ label: council.name, unit: 'percent', observations: own },
				{ label: council.regionName, unit: 'percent', observations: region },
				{ label: 'England', unit: 'percent', observations: england },
			]),
		},
		csv: chartCsv([...own.map((o) => ({ series: council.name, observation: o })), ...region.map((o) => ({ series: council.regionName, observation: o })), ...england.map((o) => ({ series: 'England', observation: o }))]),
		wide: lineLayout({ ...options, ...CHART_SIZES.wide }),
		narrow: lineLayout({ ...options, ...CHART_SIZES.narrow, valueLabels: 'none' }),
	};
}
