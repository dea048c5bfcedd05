import { lineLayout } from '../../charts/lineLayout';
import { CHART_SIZES } from '../../charts/chartSizes';
import { formatFigure } from '../../format/formatFigure';
import { published, absent, type Figure } from '../../model/figure';
import type { Council } from '../../model/council';
import type { Observation } from '../../model/observation';
import {
	altWithCautions,
	chartAsOf,
	chartCautions,
	chartCsv,
	chartSources,
	seriesTable,
	type ChartData,
	type ChartPackage,
} from './chartPackage';
import { formatNumber } from '../../format/formatNumber';

const FIRST_CENSUS_AFTER_CONVERSION = 2019;

/** Each published value as an index of the first year both areas have: base year = 100. */
export function indexed(
	list: readonly Observation[],
	base: string,
): { x: number; figure: Figure; doubtful: boolean }[] {
	const b = list.find((o) => o.period === base);
	const baseValue = b?.figure.status === 'published' && b.figure.value > 0 ? b.figure.value : null;
	// An index is as doubtful as the count behind it, or as the base year it is divided by.
	return list.map((o) => ({
		x: Number(o.period),
		doubtful: o.doubt !== undefined || b?.doubt !== undefined,
		figure:
			baseValue === null
				? absent('unavailable')
				: o.figure.status === 'published'
					? published(Math.round((o.figure.value / baseValue) * 1000) / 10)
					: o.figure,
	}));
}

/** Chart 3a: plans in place and requests for assessment, council against England, indexed. */
export function demandChart(council: Council, data: ChartData): ChartPackage | null {
	// From January 2019, the first census after every statement was due to have become a plan, so
	// growth is new demand rather than the conversion programme moving statements across.
	const plans = data
		.series('plans_in_place', council.onsCode)
		.filter((o) => Number(o.period) >= FIRST_CENSUS_AFTER_CONVERSION);
	const englandPlans = data
		.series('plans_in_place', 'E92000001')
		.filter((o) => Number(o.period) >= FIRST_CENSUS_AFTER_CONVERSION);
	const base = plans.find(
		(o) =>
			o.figure.status === 'published' &&
			o.figure.value > 0 &&
			englandPlans.some((e) => e.period === o.period && e.figure.status === 'published'),
	)?.period;
	if (!base) return null;
	const last = plans.at(-1)!;
	const ownIndex = indexed(plans, base);
	const engIndex = indexed(englandPlans, base);
	const ownLast = ownIndex.at(-1)?.figure;
	const engLast = engIndex.find((p) => p.x === Number(last.period))?.figure;
	const requests = data.series('requests', council.onsCode).filter((o) => Number(o.period) >= Number(base));
	const englandRequests = data.series('requests', 'E92000001').filter((o) => Number(o.period) >= Number(base));
	const refusals = data.series('refusal_rate', council.onsCode).filter((o) => Number(o.period) >= Number(base));
	const englandRefusals = data.series('refusal_rate', 'E92000001').filter((o) => Number(o.period) >= Number(base));
	// Requests are calendar-year flows and plans a January count; both are indexed to the same
	// base year so the lines share an axis. The table gives the counts.
	const series = [
		{ id: 'council', label: `${council.name}: plans`, role: 'focus' as const, points: ownIndex },
		{
			id: 'council-requests',
			label: `${council.name}: requests`,
			role: 'comparison' as const,
			points: indexed(requests, base),
		},
		{ id: 'england', label: 'England: plans', role: 'reference' as const, points: engIndex },
		{
			id: 'england-requests',
			label: 'England: requests',
			role: 'target' as const,
			points: indexed(englandRequests, base),
		},
	];
	const options = { series, unit: 'count' as const, formatX: (x: number) => `Jan ${x}`, digits: 0 };
	const times = (f: Figure | undefined) =>
		f?.status === 'published' ? `${formatNumber(f.value / 100, { maxDigits: 1 })} times` : 'not available';
	const drawn = [
		{ label: `${council.name}'s plans in place`, observations: plans },
		{ label: `${council.name}'s requests`, observations: requests },
	];
	const all = [...plans, ...englandPlans, ...requests, ...englandRequests, ...refusals, ...englandRefusals];
	// The title cites the latest year for the council and England: both carry their values.
	const cite = [
		{ series: 'council', x: Number(last.period) },
		{ series: 'england', x: Number(last.period) },
	];
	return {
		id: 'demand',
		kind: 'line',
		figure: {
			id: 'chart-demand',
			title: `EHC plans in place in ${council.name} in January ${last.period} were ${times(ownLast)} the January ${base} number; England ${times(engLast)}`,
			subtitle: `EHC plans in place (January census) and requests for assessment (calendar year), indexed to ${base} = 100, ${council.name} and England, ${base} to ${last.period}`,
			alt: altWithCautions(
				`Line chart of growth in plans in place since January ${base}: ${council.name} ${formatFigure(plans.find((o) => o.period === base)!.figure, 'count')} to ${formatFigure(last.figure, 'count')}; England grew from ${formatFigure(englandPlans.find((o) => o.period === base)?.figure ?? absent('unavailable'), 'count')}.`,
				drawn,
			),
			sources: chartSources(all, data),
			asOf: chartAsOf(all, data),
			cautions: chartCautions(drawn),
			notes: [
				`Indexed so that a council of any size can be set beside England: 100 is each area's own count in ${base}.`,
				'The table gives the counts, and the share of requests the council refused to assess.',
			],
			table: seriesTable([...new Set([...plans, ...requests].map((o) => o.period))].sort(), [
				{ label: `${council.name}: plans in January`, unit: 'count', observations: plans },
				{ label: `${council.name}: requests`, unit: 'count', observations: requests },
				{ label: `${council.name}: refused`, unit: 'percent', observations: refusals },
				{ label: 'England: plans in January', unit: 'count', observations: englandPlans },
				{ label: 'England: requests', unit: 'count', observations: englandRequests },
				{ label: 'England: refused', unit: 'percent', observations: englandRefusals },
			]),
		},
		csv: chartCsv(
			[
				...plans.map((o) => ({ series: `${council.name}: plans in place (January)`, observation: o })),
				...requests.map((o) => ({ series: `${council.name}: requests`, observation: o })),
				...refusals.map((o) => ({ series: `${council.name}: refusal rate`, observation: o })),
				...englandPlans.map((o) => ({ series: 'England: plans in place (January)', observation: o })),
				...englandRequests.map((o) => ({ series: 'England: requests', observation: o })),
				...englandRefusals.map((o) => ({ series: 'England: refusal rate', observation: o })),
			],
			(o) => data.source(o.sourceId),
		),
		wide: lineLayout({ ...options, ...CHART_SIZES.wide, cite }),
		narrow: lineLayout({ ...options, ...CHART_SIZES.narrow, cite, valueLabels: 'none', breakLabel: 'New series' }),
	};
}
