import { lineLayout } from '../../charts/lineLayout';
import { CHART_SIZES } from '../../charts/chartSizes';
import { formatFigure } from '../../format/formatFigure';
import type { Council } from '../../model/council';
import type { Observation } from '../../model/observation';
import type { LgscoYear, StatCitation } from '../../pipeline/redress';
import { chartCsv, seriesTable, type ChartPackage } from '../charts/chartPackage';
import type { CsvSource } from '../csvSourceColumns';

/** "2022-23" for the Ombudsman business year starting in 2022. */
export const businessYear = (startYear: number) => `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;

// The Ombudsman changed its investigation process in 2022-23, which raised uphold rates; it
// advises comparing a council with its similar-authorities average rather than with earlier years
// (lgsco_council_statistics_more_councils.csv.source.txt, "Quirks").
export const PROCESS_CHANGE_YEAR = 2022;

/** How a figure's source reads beside it: the Ombudsman's own page, or the report that quoted it. */
export function citationWords(c: StatCitation): string {
	return c.quotedIn ? `as quoted in ${c.quotedIn}` : "the Ombudsman's page for the council";
}

/**
 * A figure's citation as the chart's CSV gives it: the Ombudsman's page for the council, or the
 * report that quoted it, with the address it was read from (the pages carry no release or date).
 */
const PERFORMANCE_PAGE = "Your council's performance (complaint statistics, all services)";

export function citationSource(c: StatCitation): CsvSource {
	return c.quotedIn
		? { publisher: c.quotedIn, title: "quoting the Ombudsman's figures", release: '', published: '', url: c.url }
		: {
				publisher: 'Local Government and Social Care Ombudsman',
				title: PERFORMANCE_PAGE,
				release: '',
				published: '',
				url: c.url,
			};
}

/** The two figures of a year as observations, so the chart's CSV and table say where each came from. */
function observations(
	council: Council,
	years: readonly LgscoYear[],
	key: 'upheldPct' | 'similarAuthoritiesAvgUpheldPct',
	cited: Map<Observation, StatCitation>,
) {
	return years.map((y): Observation => {
		const f = y.figures[key];
		const c = f.from === null ? y.citations[0]! : y.citations[f.from]!;
		const o: Observation = {
			measure: key === 'upheldPct' ? 'lgsco_upheld_pct' : 'lgsco_similar_authorities_upheld_pct',
			areaType: 'council',
			areaCode: council.onsCode,
			periodKind: 'financial',
			period: y.period,
			figure: f.figure,
			sourceId: c.sourceId,
			file: c.file,
			line: c.line,
			...(f.calculation ? { calculation: f.calculation } : {}),
		};
		cited.set(o, c);
		return o;
	});
}

/**
 * The Ombudsman chart of a council page: the upheld rate against the average of similar councils,
 * by business year, the 2022-23 change of process marked as a break. Only for councils with an
 * upheld rate in two or more years; null otherwise.
 */
export function ombudsmanChart(
	council: Council,
	allYears: readonly LgscoYear[],
	performancePage: string,
): ChartPackage | null {
	const years = allYears.filter((y) => y.figures.upheldPct.figure.status === 'published');
	if (years.length < 2) return null;
	const cited = new Map<Observation, StatCitation>();
	const own = observations(council, years, 'upheldPct', cited);
	const similar = observations(council, years, 'similarAuthoritiesAvgUpheldPct', cited).filter(
		(o) => o.figure.status === 'published',
	);
	const point = (o: Observation, i: number) => ({ x: years[i]!.startYear, figure: o.figure });
	const series = [
		{ id: 'council', label: council.name, role: 'focus' as const, points: own.map(point) },
		{
			id: 'similar',
			label: 'Similar councils',
			role: 'reference' as const,
			points: similar.map((o) => ({ x: years.find((y) => y.period === o.period)!.startYear, figure: o.figure })),
		},
	].filter((s) => s.points.length > 0);
	const first = years[0]!;
	const last = years.at(-1)!;
	const breakBefore =
		first.startYear < PROCESS_CHANGE_YEAR && last.startYear >= PROCESS_CHANGE_YEAR ? PROCESS_CHANGE_YEAR : null;
	const options = {
		series,
		unit: 'percent' as const,
		yDomain: [0, 100] as [number, number],
		xDomain: [first.startYear, last.startYear] as [number, number],
		formatX: businessYear,
		breakBefore,
		breakLabel: 'Ombudsman changed its process',
		// Years the site holds no rate for are gaps, never joined across.
		maxJoin: 1,
		digits: 0,
	};
	const lastSimilar = last.figures.similarAuthoritiesAvgUpheldPct.figure;
	const quoted = [...new Set(years.flatMap((y) => y.citations.filter((c) => c.quotedIn).map((c) => c.quotedIn!)))];
	const periods = years.map((y) => y.period);
	return {
		id: 'ombudsman',
		kind: 'line',
		figure: {
			id: 'chart-ombudsman',
			title: `${council.name}: the Ombudsman upheld ${formatFigure(last.figures.upheldPct.figure, 'percent', { digits: 0 })} of the complaints it investigated in ${last.period}${lastSimilar.status === 'published' ? `; similar councils ${formatFigure(lastSimilar, 'percent', { digits: 0 })}` : ''}`,
			subtitle: `Complaints upheld as a share of those investigated in detail, all council services (not SEND alone), ${council.name}${similar.length > 0 ? ' and the average of similar councils' : ''}, ${first.period} to ${last.period} (years run April to March)`,
			alt: `Line chart of the share of investigated complaints the Ombudsman upheld: ${own.map((o) => `${o.period} ${formatFigure(o.figure, 'percent', { digits: 0 })}`).join(', ')}.`.slice(
				0,
				250,
			),
			sources: [
				{
					title: PERFORMANCE_PAGE,
					url: performancePage,
					publisher: 'Local Government and Social Care Ombudsman',
				},
				...years
					.flatMap((y) => y.citations)
					.filter((c) => c.quotedIn)
					.filter((c, i, all) => all.findIndex((x) => x.url === c.url) === i)
					.map((c) => ({ title: c.quotedIn!, url: c.url, publisher: "quoting the Ombudsman's figures" })),
			],
			asOf: last.period,
			notes: [
				'These figures cover complaints about every service the council runs, not SEND alone: the Ombudsman does not publish them by service for each council.',
				...(breakBefore !== null
					? [
							'The Ombudsman changed how it investigates in 2022-23, which raised uphold rates, so the line is broken there. It advises comparing a council with similar councils in the same year rather than with earlier years.',
						]
					: []),
				...(quoted.length > 0
					? [`Some years are as quoted in ${quoted.join('; ')}, not read from the Ombudsman's own page.`]
					: []),
				...(years.some((y) => y.figures.upheldPct.calculation)
					? ['Where the source gives the counts but no rate, the rate is worked out as upheld ÷ investigated.']
					: []),
			],
			table: seriesTable(
				periods,
				[
					{ label: `${council.name} (upheld rate)`, unit: 'percent', observations: own, digits: 0 },
					{ label: 'Similar councils (average)', unit: 'percent', observations: similar, digits: 0 },
				],
				'Year (April to March)',
			),
		},
		csv: chartCsv(
			[
				...own.map((o) => ({ series: council.name, observation: o })),
				...similar.map((o) => ({ series: 'similar councils average', observation: o })),
			],
			(o) => {
				const c = cited.get(o);
				return c ? citationSource(c) : null;
			},
		),
		wide: lineLayout({ ...options, ...CHART_SIZES.wide, height: 300 }),
		narrow: lineLayout({ ...options, ...CHART_SIZES.narrow, height: 280 }),
	};
}
