import type { Council } from '../../model/council';
import type { Figure } from '../../model/figure';
import { formatFigure } from '../../format/formatFigure';
import { formatIsoDate } from '../../format/formatIsoDate';
import type { LgscoDecision, LgscoYear, RedressData, StatCitation } from '../../pipeline/redress';
import type { ChartPackage } from '../charts/chartPackage';
import { citationWords, ombudsmanChart } from './ombudsmanChart';
import { formatNumber } from '../../format/formatNumber';

/** A figure as a table cell: its text, or a dash when the source does not give it (never 0). */
export interface Cell {
	text: string;
	given: boolean;
	/** Set when the site worked the figure out: "30 upheld ÷ 38 investigated × 100". */
	calculation: string | null;
}

/** One business year of a council's Ombudsman figures, as the page prints it. */
export interface YearView {
	period: string;
	dealtWith: Cell;
	investigated: Cell;
	upheld: Cell;
	upheldRate: Cell;
	similarRate: Cell;
	/** Further figures in words, e.g. "complied with 98% of the Ombudsman's recommendations (similar councils 100%)". */
	more: string[];
	/** The year's sources: the Ombudsman's page, and any report quoting it, each linked. */
	sources: { words: string; url: string }[];
}

/** One decision as the page prints it. */
export interface DecisionView {
	caseRef: string;
	date: string;
	outcome: string;
	theme: string;
	summary: string;
	remedy: string;
	link: { url: string; words: string };
	councilName: string;
}

/** The redress part of a council page. */
export interface CouncilRedress {
	council: Council;
	/** The council's page on the Ombudsman's site, or the general one naming the council. */
	performanceLink: { url: string; words: string; specific: boolean };
	years: YearView[];
	chart: ChartPackage | null;
	/** When exactly one year has an upheld rate: that year's figure with its comparison. */
	single: { period: string; rate: string; similar: string | null; counts: string | null; source: string } | null;
	/** Every decision held about the council, newest first. */
	decisions: DecisionView[];
	/** The newest few, for the council page; all of them are on their own page when there are more. */
	newestDecisions: DecisionView[];
	/** True when the council page shows only the newest and links the full list on its own page. */
	decisionsPage: boolean;
	/** Councils the site holds Ombudsman figures for, and decisions across all councils. */
	councilsWithFigures: number;
	councilCount: number;
	decisionsHeld: number;
}

/**
 * How many decisions a council page lists before moving the full list to its own page: the
 * longest list (Derbyshire's 16) alone was about 9 kB of a page whose budget is 150 kB.
 */
export const NEWEST_DECISIONS_SHOWN = 3;

const dash = (): Cell => ({ text: '–', given: false, calculation: null });
const cell = (figure: Figure, unit: 'count' | 'percent', calculation: string | null = null): Cell =>
	figure.status === 'published'
		? { text: formatFigure(figure, unit, { digits: 0 }), given: true, calculation }
		: dash();

const OUTCOMES: Record<LgscoDecision['outcome'], string> = {
	upheld: 'Upheld',
	fault_found: 'Fault found',
	not_upheld: 'Not upheld',
	closed_after_initial_enquiries: 'Closed after initial enquiries',
	not_investigated: 'Not investigated',
};

// The Ombudsman prints rates per 100,000 residents to one decimal place (3.4, 11.6).
const rate = (f: Figure) => formatNumber(f.value ?? 0, { maxDigits: 1 });

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The remedy in plain words: amounts as published; a payment without its amount says so once. */
export function remedyWords(d: Pick<LgscoDecision, 'remedyKind' | 'remedyWords' | 'remedyAsStated'>): string {
	switch (d.remedyKind) {
		case 'amounts':
			return d.remedyAsStated.trim();
		case 'amount_not_held':
			return `${capital(d.remedyWords || 'a remedy')} (amount not known to this site)`;
		case 'described':
			return capital(d.remedyWords);
		case 'none':
			return 'None';
		case 'blank':
			return 'None stated';
		case 'not_recorded':
			return 'Not known to this site';
	}
}

/** Where a decision's link goes, in words. */
function linkWords(d: LgscoDecision): string {
	if (d.linkKind === 'decision') return `Decision ${d.caseRef}`;
	if (d.linkKind === 'listing') return `Decision ${d.caseRef}, in the Ombudsman's list of education decisions`;
	return `Decision ${d.caseRef}, copy at ${new URL(d.url).hostname.replace(/^www\./, '')}`;
}

/** A decision as the page prints it. */
export function decisionView(d: LgscoDecision, themes: RedressData['themes'], councilName: string): DecisionView {
	return {
		caseRef: d.caseRef,
		date: d.decisionDate ? (formatIsoDate(d.decisionDate) ?? d.decisionDate) : 'Date not known',
		outcome: `${OUTCOMES[d.outcome]}${d.publicReport ? ' (public report)' : ''}`,
		theme: themes.find((t) => t.id === d.theme)?.label ?? d.theme,
		summary: d.summaryParaphrase,
		remedy: remedyWords(d),
		link: { url: d.url, words: linkWords(d) },
		councilName,
	};
}

/** Newest first; undated decisions last, in file order. */
export const byDate = (a: LgscoDecision, b: LgscoDecision) =>
	(b.decisionDate ?? '').localeCompare(a.decisionDate ?? '') || a.file.localeCompare(b.file) || a.line - b.line;

function yearView(y: LgscoYear): YearView {
	const f = y.figures;
	const more: string[] = [];
	const pct = (x: Figure) => formatFigure(x, 'percent', { digits: 0 });
	if (f.compliancePct.figure.status === 'published')
		more.push(
			`the council complied with ${pct(f.compliancePct.figure)} of the Ombudsman's recommendations${f.similarAuthoritiesAvgCompliancePct.figure.status === 'published' ? ` (similar councils ${pct(f.similarAuthoritiesAvgCompliancePct.figure)})` : ''}`,
		);
	if (f.satisfactoryRemedyPctOfUpheld.figure.status === 'published')
		more.push(
			`the council had already offered a satisfactory remedy before the Ombudsman became involved in ${pct(f.satisfactoryRemedyPctOfUpheld.figure)} of upheld cases${f.similarAuthoritiesAvgSatisfactoryRemedyPct.figure.status === 'published' ? ` (similar councils ${pct(f.similarAuthoritiesAvgSatisfactoryRemedyPct.figure)})` : ''}`,
		);
	if (f.upheldPer100kResidents.figure.status === 'published')
		more.push(
			`${rate(f.upheldPer100kResidents.figure)} upheld complaints per 100,000 residents${f.similarAuthoritiesAvgUpheldPer100k.figure.status === 'published' ? ` (similar councils ${rate(f.similarAuthoritiesAvgUpheldPer100k.figure)})` : ''}`,
		);
	const used = new Set(
		Object.values(f)
			.map((x) => x.from)
			.filter((i): i is number => i !== null),
	);
	const sources = y.citations
		.filter((_c, i) => used.has(i))
		.map((c: StatCitation) => ({ words: citationWords(c), url: c.url }));
	return {
		period: y.period,
		dealtWith: cell(f.complaintsDealtWith.figure, 'count'),
		investigated: cell(f.investigated.figure, 'count'),
		upheld: cell(f.upheld.figure, 'count'),
		upheldRate: cell(f.upheldPct.figure, 'percent', f.upheldPct.calculation),
		similarRate: cell(f.similarAuthoritiesAvgUpheldPct.figure, 'percent'),
		more,
		sources,
	};
}

/**
 * What a council page shows about redress: the link to the Ombudsman's page for the council (only
 * where a published copy gives its address), the Ombudsman's figures by year with their sources,
 * the chart (two or more years) or one year's figure, and the decisions held.
 */
export function councilRedress(council: Council, data: RedressData, councilCount: number): CouncilRedress {
	const link = data.councils.find((c) => c.dfeCode === council.dfeCode && c.performancePage);
	const years = data.years.filter((y) => y.dfeCode === council.dfeCode).sort((a, b) => a.startYear - b.startYear);
	const chart = ombudsmanChart(council, years, link?.performancePage ?? data.performanceIndex);
	const rated = years.filter((y) => y.figures.upheldPct.figure.status === 'published');
	let single: CouncilRedress['single'] = null;
	if (rated.length === 1) {
		const y = rated[0]!;
		const f = y.figures;
		const from = f.upheldPct.from === null ? null : y.citations[f.upheldPct.from];
		single = {
			period: y.period,
			rate: formatFigure(f.upheldPct.figure, 'percent', { digits: 0 }),
			similar:
				f.similarAuthoritiesAvgUpheldPct.figure.status === 'published'
					? formatFigure(f.similarAuthoritiesAvgUpheldPct.figure, 'percent', { digits: 0 })
					: null,
			counts:
				f.upheld.figure.status === 'published' && f.investigated.figure.status === 'published'
					? `${formatFigure(f.upheld.figure, 'count')} of ${formatFigure(f.investigated.figure, 'count')}`
					: null,
			source: from ? citationWords(from) : '',
		};
	}
	const decisions = data.decisions
		.filter((d) => d.dfeCode === council.dfeCode)
		.sort(byDate)
		.map((d) => decisionView(d, data.themes, council.name));
	return {
		council,
		performanceLink: link
			? { url: link.performancePage, words: `The Ombudsman's page for ${link.lgscoName}`, specific: true }
			: {
					url: data.performanceIndex,
					words: `The Ombudsman's "Your council's performance" page (choose ${council.name})`,
					specific: false,
				},
		years: years.map(yearView),
		chart,
		single,
		decisions,
		newestDecisions: decisions.slice(0, NEWEST_DECISIONS_SHOWN),
		decisionsPage: decisions.length > NEWEST_DECISIONS_SHOWN,
		councilsWithFigures: new Set(data.years.map((y) => y.dfeCode)).size,
		councilCount,
		decisionsHeld: data.decisions.length,
	};
}
