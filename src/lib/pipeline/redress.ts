import { absent, type Figure } from '../model/figure';
import type { Council, FormerCouncil } from '../model/council';
import type { LgscoCouncilStatsRow } from '../sources/lgscoCouncilStats';
import type { LgscoCompiledStatsRow } from '../sources/lgscoCouncilStatsCompiled';
import type { LgscoDecisionRow } from '../sources/lgscoDecisions';
import type { DecisionTheme, LgscoCouncil, QuotingSource, Theme } from '../sources/redressReference';
import type { TribunalNationalRow } from '../model/tribunalNational';
import type { LgscoNationalRow } from '../sources/lgscoNationalFigures';
import { tribunalOutcomeShares, type TribunalOutcomeYear } from '../metrics/tribunalOutcomeShares';
import { got, type Problem } from '../problems';

// Joins the Ombudsman and Tribunal inputs into what the redress pages show: each council's
// Ombudsman statistics by year (the Ombudsman's own page first, a report quoting it where the page
// gives no figure, each figure citing its row), every decision with its theme, and the national
// Tribunal outcomes. Every join is checked: a name, theme or address the reference tables do not
// explain stops the build.

/** Where one figure was read. */
export interface StatCitation {
	sourceId: string;
	file: string;
	line: number;
	/** The page or report the row was read from. */
	url: string;
	origin: 'lgsco_page' | 'secondary';
	/** For a report quoting the Ombudsman: its name, e.g. "Buckinghamshire Council's complaints report 2024-25". */
	quotedIn: string | null;
}

/** A figure with the row it came from; calculation is set for one worked out from two others. */
export interface CitedFigure {
	figure: Figure;
	/** Index into the year's citations; null when no row gives the figure. */
	from: number | null;
	calculation: string | null;
}

export const STAT_KEYS = [
	'complaintsDealtWith',
	'investigated',
	'upheld',
	'upheldPct',
	'similarAuthoritiesAvgUpheldPct',
	'upheldPer100kResidents',
	'similarAuthoritiesAvgUpheldPer100k',
	'compliancePct',
	'similarAuthoritiesAvgCompliancePct',
	'satisfactoryRemedyPctOfUpheld',
	'similarAuthoritiesAvgSatisfactoryRemedyPct',
] as const;
export type StatKey = (typeof STAT_KEYS)[number];

/** One council's Ombudsman statistics for one business year (April to March). */
export interface LgscoYear {
	dfeCode: string;
	onsCode: string;
	/** "2023-24". */
	period: string;
	startYear: number;
	figures: Record<StatKey, CitedFigure>;
	citations: StatCitation[];
}

/** A council the Ombudsman files name, with its performance page where a published copy gives it. */
export interface LgscoCouncilLink {
	dfeCode: string;
	onsCode: string;
	lgscoName: string;
	performancePage: string;
}

/** A decision as the pages show it. */
export interface LgscoDecision extends LgscoDecisionRow {
	onsCode: string;
	theme: string;
	sourceId: string;
	file: string;
}

export interface RedressData {
	/** The Ombudsman's general "Your council's performance" page. */
	performanceIndex: string;
	councils: LgscoCouncilLink[];
	years: LgscoYear[];
	decisions: LgscoDecision[];
	themes: Theme[];
	tribunalOutcomes: TribunalOutcomeYear[];
	tribunalFigures: TribunalNationalRow[];
	lgscoNational: LgscoNationalRow[];
}

export interface RedressInputs {
	performanceIndex: string;
	derbyshireStats: { file: string; sourceId: string; rows: LgscoCouncilStatsRow[] };
	/** The compiled file and the transcribed one share a format; both are read the same way. */
	compiledStats: { file: string; sourceId: string; rows: LgscoCompiledStatsRow[] }[];
	decisions: { file: string; sourceId: string; rows: LgscoDecisionRow[] }[];
	lgscoCouncils: { file: string; rows: LgscoCouncil[] };
	quotingSources: { file: string; rows: QuotingSource[] };
	decisionThemes: { file: string; rows: DecisionTheme[] };
	themes: { file: string; rows: Theme[] };
	tribunal: TribunalNationalRow[];
	lgscoNational: LgscoNationalRow[];
	councils: readonly Council[];
	formerCouncils: readonly FormerCouncil[];
}

// Compare page addresses without the www., a trailing slash or the scheme's case, the ways the
// compiled files write one page.
const samePage = (a: string) => a.toLowerCase().replace('://www.', '://').replace(/\/$/, '');

type StatRow = Pick<LgscoCouncilStatsRow, StatKey> & { line: number; url: string };

/** The redress tables, or every problem found in joining them. */
export function redress(input: RedressInputs): { data: RedressData; problems: Problem[] } {
	const problems: Problem[] = [];
	const onsOf = new Map<string, string>([
		...input.formerCouncils.map((f) => [f.dfeCode, f.onsCode] as const),
		...input.councils.map((c) => [c.dfeCode, c.onsCode] as const),
	]);
	const byName = new Map(input.lgscoCouncils.rows.map((c) => [c.name, c]));
	const quoted = new Map(input.quotingSources.rows.map((q) => [q.url, q]));
	const usedQuoting = new Set<string>();

	for (const c of input.lgscoCouncils.rows)
		if (!onsOf.has(c.dfeCode))
			problems.push({
				file: input.lgscoCouncils.file,
				line: c.line,
				column: 2,
				message: `dfe_code: unknown council DfE code ${got(c.dfeCode)}`,
			});

	// Gather each council-year's rows: the Ombudsman's page (Derbyshire's file, and page rows of the
	// compiled file) and any report quoting it.
	interface Entry {
		row: StatRow;
		citation: StatCitation;
	}
	const groups = new Map<string, { dfeCode: string; startYear: number; page: Entry | null; quotes: Entry[] }>();
	const group = (dfeCode: string, startYear: number) => {
		const key = `${dfeCode}|${startYear}`;
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { dfeCode, startYear, page: null, quotes: [] }));
		return g;
	};
	for (const r of input.derbyshireStats.rows) {
		const citation: StatCitation = {
			sourceId: input.derbyshireStats.sourceId,
			file: input.derbyshireStats.file,
			line: r.line,
			url: r.url,
			origin: 'lgsco_page',
			quotedIn: null,
		};
		group(r.dfeCode, r.period.startYear).page = { row: r, citation };
	}
	for (const { file: compiledFile, sourceId: compiledId, rows } of input.compiledStats)
		for (const r of rows) {
			const council = byName.get(r.council);
			if (!council) {
				problems.push({
					file: compiledFile,
					line: r.line,
					column: 1,
					message: `council: not in ${input.lgscoCouncils.file}; add the name with its DfE code ${got(r.council)}`,
				});
				continue;
			}
			let quotedIn: string | null = null;
			if (r.origin === 'secondary') {
				const q = quoted.get(r.url);
				if (!q) {
					problems.push({
						file: compiledFile,
						line: r.line,
						column: 18,
						message: `url: a report quoting the Ombudsman must be named in ${input.quotingSources.file} ${got(r.url)}`,
					});
					continue;
				}
				usedQuoting.add(r.url);
				quotedIn = q.name;
			}
			const g = group(council.dfeCode, r.period.startYear);
			const entry: Entry = {
				row: r,
				citation: { sourceId: compiledId, file: compiledFile, line: r.line, url: r.url, origin: r.origin, quotedIn },
			};
			if (r.origin === 'secondary') g.quotes.push(entry);
			else if (g.page)
				problems.push({
					file: compiledFile,
					line: r.line,
					column: 0,
					message: `${r.council} ${r.period.startYear}: the Ombudsman's page for this year is already on ${g.page.citation.file} line ${g.page.citation.line} ${got(r.council)}`,
				});
			else g.page = entry;
		}
	for (const q of input.quotingSources.rows)
		if (!usedQuoting.has(q.url))
			problems.push({
				file: input.quotingSources.file,
				line: q.line,
				column: 1,
				message: `url: no row of Ombudsman statistics quotes this address; remove it ${got(q.url)}`,
			});

	// A performance page is linked only where a row read from the Ombudsman's own page gives it.
	for (const c of input.lgscoCouncils.rows) {
		if (!c.performancePage) continue;
		const seen = [...groups.values()].some(
			(g) => g.dfeCode === c.dfeCode && g.page && samePage(g.page.row.url) === samePage(c.performancePage),
		);
		if (!seen)
			problems.push({
				file: input.lgscoCouncils.file,
				line: c.line,
				column: 3,
				message: `performance_page: no row read from the Ombudsman's page for this council gives this address ${got(c.performancePage)}`,
			});
	}

	const years: LgscoYear[] = [];
	for (const g of [...groups.values()].sort(
		(a, b) => a.dfeCode.localeCompare(b.dfeCode) || a.startYear - b.startYear,
	)) {
		const entries = [...(g.page ? [g.page] : []), ...g.quotes];
		const citations = entries.map((e) => e.citation);
		const figures = {} as Record<StatKey, CitedFigure>;
		for (const key of STAT_KEYS) {
			const index = entries.findIndex((e) => e.row[key].status === 'published');
			figures[key] =
				index === -1
					? { figure: absent('unavailable'), from: null, calculation: null }
					: { figure: entries[index]!.row[key], from: index, calculation: null };
			// Two sources giving one figure must agree: a disagreement is a problem for a person.
			const first = entries[index];
			for (const other of entries.slice(index + 1)) {
				const a = first?.row[key];
				const b = other.row[key];
				if (a?.status === 'published' && b.status === 'published' && a.value !== b.value)
					problems.push({
						file: other.citation.file,
						line: other.citation.line,
						column: 0,
						message: `${key} ${b.value} disagrees with ${a.value} on ${first!.citation.file} line ${first!.citation.line} ${got(String(b.value))}`,
					});
			}
		}
		// Where no source prints the upheld rate but one row gives both counts, it is worked out
		// (upheld ÷ investigated), as the Ombudsman computes it, and says so.
		if (figures.upheldPct.from === null) {
			const index = entries.findIndex(
				(e) =>
					e.row.upheld.status === 'published' &&
					e.row.investigated.status === 'published' &&
					(e.row.investigated.value ?? 0) > 0,
			);
			const e = entries[index];
			if (e?.row.upheld.status === 'published' && e.row.investigated.status === 'published')
				figures.upheldPct = {
					figure: { status: 'published', value: (e.row.upheld.value / e.row.investigated.value) * 100 },
					from: index,
					calculation: `${e.row.upheld.value} upheld ÷ ${e.row.investigated.value} investigated × 100`,
				};
		}
		const onsCode = onsOf.get(g.dfeCode);
		if (!onsCode) continue;
		years.push({
			dfeCode: g.dfeCode,
			onsCode,
			period: `${g.startYear}-${String((g.startYear + 1) % 100).padStart(2, '0')}`,
			startYear: g.startYear,
			figures,
			citations,
		});
	}

	const themeIds = new Set(input.themes.rows.map((t) => t.id));
	const themeOf = new Map(input.decisionThemes.rows.map((t) => [t.caseRef, t]));
	const decided = new Set<string>();
	const decisions: LgscoDecision[] = [];
	for (const t of input.decisionThemes.rows)
		if (!themeIds.has(t.theme))
			problems.push({
				file: input.decisionThemes.file,
				line: t.line,
				column: 2,
				message: `theme: not in ${input.themes.file} ${got(t.theme)}`,
			});
	for (const { file, sourceId, rows } of input.decisions) {
		for (const d of rows) {
			const onsCode = onsOf.get(d.dfeCode);
			if (!onsCode)
				problems.push({
					file,
					line: d.line,
					column: 2,
					message: `old_la_code: unknown council DfE code ${got(d.dfeCode)}`,
				});
			if (decided.has(d.caseRef))
				problems.push({
					file,
					line: d.line,
					column: 3,
					message: `case_ref: case ${d.caseRef} is already in another decisions file ${got(d.caseRef)}`,
				});
			decided.add(d.caseRef);
			const theme = themeOf.get(d.caseRef);
			if (!theme)
				problems.push({
					file,
					line: d.line,
					column: 3,
					message: `case_ref: give this decision a theme in ${input.decisionThemes.file} ${got(d.caseRef)}`,
				});
			if (onsCode && theme) decisions.push({ ...d, onsCode, theme: theme.theme, sourceId, file });
		}
	}
	for (const t of input.decisionThemes.rows)
		if (!decided.has(t.caseRef))
			problems.push({
				file: input.decisionThemes.file,
				line: t.line,
				column: 1,
				message: `case_ref: no decision file holds this case ${got(t.caseRef)}`,
			});

	const councils: LgscoCouncilLink[] = input.lgscoCouncils.rows.flatMap((c) => {
		const onsCode = onsOf.get(c.dfeCode);
		return onsCode ? [{ dfeCode: c.dfeCode, onsCode, lgscoName: c.name, performancePage: c.performancePage }] : [];
	});

	return {
		data: {
			performanceIndex: input.performanceIndex,
			councils,
			years,
			decisions,
			themes: input.themes.rows,
			tribunalOutcomes: tribunalOutcomeShares(input.tribunal),
			tribunalFigures: input.tribunal,
			lgscoNational: input.lgscoNational,
		},
		problems,
	};
}
