import { barLayout } from '../../charts/barLayout';
import { CHART_SIZES } from '../../charts/chartSizes';
import { absent, published } from '../../model/figure';
import { formatPercent } from '../../format/formatPercent';
import type { Council } from '../../model/council';
import type { Observation } from '../../model/observation';
import type { OutcomeShare } from '../../metrics/tribunalOutcomeShares';
import type { RedressData } from '../../pipeline/redress';
import type { CitedSource } from '../../model/citedSource';
import { chartCsv, type ChartPackage } from '../charts/chartPackage';
import type { CsvSource } from '../csvSourceColumns';
import { byDate, decisionView, type DecisionView } from './councilRedress';
import { monthName } from '../../format/monthName';
import { formatNumber } from '../../format/formatNumber';

const academicYear = (startYear: number) => `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;

/** A cited source in words: "Schools Week, 'Record SEND tribunals…' (14 December 2023)". */
export function sourceWords(s: CitedSource): string {
	const [y, m, d] = s.date.split('-').map(Number);
	const date = !y || !m ? '' : d ? `${d} ${monthName(m)} ${y}` : `${monthName(m)} ${y}`;
	return date ? `${s.name} (${date})` : s.name;
}

/**
 * A figure's own source as the chart's CSV cites it: the Ministry of Justice's answer or statistics,
 * or the report quoting them; a date given only to the month goes in the release column, as the
 * published column holds whole dates.
 */
export function citedCsvSource(s: CitedSource): CsvSource {
	const wholeDate = /^\d{4}-\d{2}-\d{2}$/.test(s.date);
	return {
		publisher: s.origin === 'primary' ? 'Ministry of Justice' : 'A report quoting the Ministry of Justice',
		title: s.name,
		release: wholeDate ? '' : s.date,
		published: wholeDate ? s.date : '',
		url: s.url,
	};
}

/** A share as printed, with "about" when the source rounded it. */
const shareText = (s: OutcomeShare | null) =>
	s ? `${s.rounded ? 'about ' : ''}${formatPercent(s.value, { digits: s.rounded ? 0 : 1 })}` : 'not held';

/** How a share was read, in words a reader can check. */
function howRead(s: OutcomeShare | null): string {
	if (!s) return '';
	if (s.basis === 'published') return 'as printed';
	if (s.basis === 'counts') return `${formatNumber(s.numerator!)} of ${formatNumber(s.denominator!)} decided`;
	return `100% less the council's share`;
}

export interface TribunalYearView {
	year: string;
	familyFavour: string;
	councilUpheld: string;
	how: string;
	source: { words: string; url: string; quoted: boolean };
}

/** The national Tribunal chart: the share of decided appeals won by families, by academic year, each point with its source. */
export function tribunalOutcomesChart(data: RedressData): { chart: ChartPackage; years: TribunalYearView[] } | null {
	const held = data.tribunalOutcomes.filter((y) => y.familyFavour);
	if (held.length < 2) return null;
	const from = held[0]!.startYear;
	const to = Math.max(...data.tribunalFigures.map((r) => r.startYear), held.at(-1)!.startYear);
	const observations: Observation[] = [];
	const shares = new Map<Observation, OutcomeShare>();
	for (let y = from; y <= to; y++) {
		const share = data.tribunalOutcomes.find((o) => o.startYear === y)?.familyFavour ?? null;
		const observation: Observation = {
			measure: 'tribunal_decided_in_family_favour_pct',
			areaType: 'england',
			areaCode: 'E92000001',
			periodKind: 'academic',
			period: academicYear(y),
			// A year with no share held is drawn as a gap, never joined across.
			figure: share ? published(share.value) : absent('unavailable'),
			sourceId: 'send-tribunal-national-outcomes',
			file: 'data/raw/send-redress-national/send_tribunal_national_outcomes.csv',
			line: share?.lines[0] ?? 0,
			...(share?.calculation ? { calculation: share.calculation } : {}),
		};
		observations.push(observation);
		if (share) shares.set(observation, share);
	}
	// Bars, one per academic year, so a year with no share held is an empty slot, never a line
	// drawn across it.
	const options = {
		bars: observations.map((o) => ({ key: o.period, label: o.period, figure: o.figure })),
		unit: 'percent' as const,
		orientation: 'horizontal' as const,
		categoryLabels: 'beside' as const,
		domain: [0, 100] as [number, number],
		// Whole percentages on the bars: the latest year is a rounded figure; the table gives the decimals.
		digits: 0,
	};
	const last = held.at(-1)!;
	const years: TribunalYearView[] = data.tribunalOutcomes.map((y) => {
		const s = (y.familyFavour ?? y.councilUpheld)!;
		return {
			year: y.academicYear,
			familyFavour: shareText(y.familyFavour),
			councilUpheld: shareText(y.councilUpheld),
			how: [
				y.familyFavour && `families: ${howRead(y.familyFavour)}`,
				y.councilUpheld && `councils: ${howRead(y.councilUpheld)}`,
			]
				.filter(Boolean)
				.join('; '),
			source: { words: sourceWords(s.source), url: s.source.url, quoted: s.source.origin === 'secondary' },
		};
	});
	const sources = [...new Map(held.map((y) => [y.familyFavour!.source.url, y.familyFavour!.source])).values()];
	return {
		chart: {
			id: 'tribunal-outcomes',
			kind: 'bar',
			figure: {
				id: 'chart-tribunal-outcomes',
				title: `Families won ${shareText(last.familyFavour)} of SEND Tribunal appeals decided in England in ${last.academicYear}`,
				subtitle: `Appeals decided in the family's favour (fully or partly), as a share of appeals decided, England, academic years ${academicYear(from)} to ${academicYear(to)}`,
				alt: `Bar chart by academic year: ${held.map((y) => `${y.academicYear} ${shareText(y.familyFavour)}`).join(', ')}; years with no figure held are gaps.`,
				sources: sources.map((s) => ({
					title: sourceWords(s),
					url: s.url,
					publisher:
						s.origin === 'secondary' ? 'a report quoting the Ministry of Justice' : 'Ministry of Justice figures',
				})),
				asOf: `figures to ${last.academicYear}, as published or reported`,
				notes: [
					'The Ministry of Justice publishes who wins Tribunal appeals for England only, not for each council.',
					'Appeals withdrawn or conceded before a hearing are not in these shares; in some years they outnumber those decided.',
					'"n/a" marks a year for which the site holds no share. Figures quoted by a newspaper, blog or law firm name it in the table.',
				],
				table: {
					columns: ['Academic year', "Decided in the family's favour", 'Source'],
					rows: years.map((y) => [y.year, y.familyFavour, y.source.words]),
				},
			},
			csv: chartCsv(
				observations.map((o) => ({ series: "decided in the family's favour", observation: o })),
				(o) => {
					const share = shares.get(o);
					return share ? citedCsvSource(share.source) : null;
				},
			),
			wide: barLayout({ ...options, ...CHART_SIZES.wide, height: 420 }),
			narrow: barLayout({ ...options, ...CHART_SIZES.narrow, height: 460 }),
		},
		years,
	};
}

// Words for the national Ombudsman measures (lgsco_national_figures.csv.source.txt, "Columns").
const NATIONAL_WORDS: Record<string, string> = {
	upheld_pct_education_childrens_services: "of detailed investigations about education and children's services upheld",
	upheld_pct_all_services: 'of detailed investigations about all services upheld',
	complaints_received_education_childrens_services: "complaints received about education and children's services",
	detailed_investigations_education_childrens_services:
		"detailed investigations about education and children's services",
	fault_found_pct_send_provision:
		'of investigated complaints involving special educational needs provision found fault',
	fault_found_pct_education_childrens_services:
		"of investigated complaints about education and children's services found fault",
	share_of_caseload_education_childrens_services: "of all complaints were about education and children's services",
	upheld_pct_send_investigations: 'of SEND investigations upheld ("some 90%", as the Ombudsman put it)',
};

export interface NationalFigureView {
	period: string;
	text: string;
	source: { words: string; url: string };
}

/** The Ombudsman's national figures in words, each with its source; an unknown measure fails the build. */
export function lgscoNationalViews(data: RedressData): NationalFigureView[] {
	return data.lgscoNational.map((r) => {
		const words = NATIONAL_WORDS[r.measure];
		if (!words) throw new Error(`lgsco_national_figures.csv line ${r.line}: no words for measure "${r.measure}"`);
		const value = r.unit === 'percent' ? formatPercent(r.value, { digits: 0 }) : formatNumber(r.value);
		const [y, m] = r.period.split('-').map(Number);
		const period = r.periodKind === 'month' ? `${monthName(m!)} ${y!}` : r.period;
		return { period, text: `${value} ${words}`, source: { words: sourceWords(r.source), url: r.source.url } };
	});
}

export interface ThemeGroup {
	id: string;
	label: string;
	description: string;
	decisions: DecisionView[];
}

/** Every decision held, grouped by the theme kept beside it in data/reference, themes in the table's order. */
export function decisionsByTheme(
	data: RedressData,
	councils: readonly Council[],
	formerNames: ReadonlyMap<string, string>,
): ThemeGroup[] {
	const nameOf = (dfe: string) => councils.find((c) => c.dfeCode === dfe)?.name ?? formerNames.get(dfe) ?? dfe;
	return data.themes
		.map((t) => ({
			id: t.id,
			label: t.label,
			description: t.description,
			decisions: data.decisions
				.filter((d) => d.theme === t.id)
				.sort(byDate)
				.map((d) => decisionView(d, data.themes, nameOf(d.dfeCode))),
		}))
		.filter((g) => g.decisions.length > 0);
}

export interface CouncilWithFigures {
	name: string;
	slug: string | null;
	years: string[];
}

/** The councils the site holds Ombudsman figures for, in alphabetical order (never ranked). */
export function councilsWithFigures(data: RedressData, councils: readonly Council[]): CouncilWithFigures[] {
	const codes = [...new Set(data.years.map((y) => y.dfeCode))];
	return codes
		.map((code) => {
			const c = councils.find((x) => x.dfeCode === code);
			return {
				name: c?.name ?? code,
				slug: c?.slug ?? null,
				years: data.years.filter((y) => y.dfeCode === code).map((y) => y.period),
			};
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}
