import { dotStripLayout } from '../../charts/dotStripLayout';
import { CHART_SIZES } from '../../charts/chartSizes';
import { formatFigure } from '../../format/formatFigure';
import { ordinal, rankWords } from '../../format/rankWords';
import type { Council } from '../../model/council';
import { chartAsOf, chartCsv, chartSources, type ChartData, type ChartPackage } from './chartPackage';
import { formatNumber } from '../../format/formatNumber';

const MEASURE = 'timeliness_20wk_excl';

/**
 * Chart 5: the council among all councils in the headline's year (the newest period of the
 * measure, which every council has, published or with the publisher's reason), England marked.
 * Context, not a league table.
 */
export function whereItStandsChart(council: Council, data: ChartData): ChartPackage | null {
	const councils = data.councils();
	const codes = new Set(councils.map((c) => c.onsCode));
	const all = data.measureObservations(MEASURE).filter((o) => o.areaType === 'council' && codes.has(o.areaCode));
	const own = data.series(MEASURE, council.onsCode).at(-1);
	if (!own) return null;
	const period = own.period;
	const rows = all.filter((o) => o.period === period);
	const england = data.series(MEASURE, 'E92000001').find((o) => o.period === period);
	const name = new Map(councils.map((c) => [c.onsCode, c.name]));
	const rank = data.rank(MEASURE, period, council.onsCode);
	const dots = rows.map((o) => ({ id: o.areaCode, label: name.get(o.areaCode) ?? o.areaCode, figure: o.figure }));
	const options = {
		dots,
		unit: 'percent' as const,
		highlight: council.onsCode,
		england: england?.figure.status === 'published' ? { label: 'England', value: england.figure.value } : null,
		quartiles: true,
	};
	const sorted = [...rows].sort((a, b) => (b.figure.value ?? -1) - (a.figure.value ?? -1));
	const drawn = sorted.filter((o) => o.figure.status === 'published');
	const used = [...rows, ...(england ? [england] : [])];
	return {
		id: 'where-it-stands',
		kind: 'strip',
		figure: {
			id: 'chart-where-it-stands',
			title: rank
				? `${council.name}'s ${formatFigure(own.figure, 'percent')} in ${period} was ${rank.rank === 1 ? 'the fastest' : `the ${ordinal(rank.rank)} fastest`} of ${formatNumber(rank.of)} councils`
				: `${council.name} had no published figure for ${period}`,
			subtitle: `New EHC plans issued within 20 weeks (excluding exceptions), every English council, ${period}`,
			alt: `Dot plot of ${drawn.length} councils from ${formatFigure(drawn.at(-1)!.figure, 'percent')} to ${formatFigure(drawn[0]!.figure, 'percent')}; ${council.name} ${formatFigure(own.figure, 'percent')}${england ? `, England ${formatFigure(england.figure, 'percent')}` : ''}.`.slice(
				0,
				250,
			),
			sources: chartSources(used, data),
			asOf: chartAsOf(used, data),
			notes: [
				'Context, not a league table: councils differ in size and need, and one year can move a lot. The shaded band holds the middle half of councils.',
				...(own.note ? [own.note] : []),
				...(rows.some((o) => o.figure.status !== 'published')
					? [
							`${rows.filter((o) => o.figure.status !== 'published').length} councils had no published figure and are not drawn.`,
						]
					: []),
			],
			// The table sets the council beside England; its statistical neighbours are in the visible
			// comparison above this chart (NeighbourComparison), and every council's figure is in the CSV.
			table: {
				caption: `${council.name} and England, ${period}; all councils are in the CSV`,
				columns: ['Area', 'Within 20 weeks', 'Among councils'],
				rows: [
					[
						council.name,
						formatFigure(own.figure, 'percent'),
						rank ? rankWords(MEASURE, rank.rank, rank.of) : 'not ranked',
					],
					['England', england ? formatFigure(england.figure, 'percent') : 'no figure', ''],
				],
			},
		},
		csv: chartCsv(
			rows.map((o) => ({ series: name.get(o.areaCode) ?? o.areaCode, observation: o })),
			(o) => data.source(o.sourceId),
		),
		wide: dotStripLayout({ ...options, ...CHART_SIZES.wide, height: 200 }),
		narrow: dotStripLayout({ ...options, ...CHART_SIZES.narrow, height: 220 }),
	};
}
