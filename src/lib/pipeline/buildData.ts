import type { Observation } from '../observation';
import { DataProblemsError, type Problem } from '../problems';
import type { Council } from '../councils/council';
import { deriveCouncils } from '../councils/deriveCouncils';
import { parseMeasures, parseFormerCouncils, type Measure, type FormerCouncil } from '../sources/referenceTables';
import type { EesParsed, EesRow } from '../sources/eesTable';
import { parseEhcpTimeliness, EHCP_TIMELINESS_MEASURES } from '../sources/ehcpTimeliness';
import { parseEhcpRequests, EHCP_REQUESTS_MEASURES } from '../sources/ehcpRequests';
import { parseEhcpCaseload, EHCP_CASELOAD_MEASURES, caseloadCensus } from '../sources/ehcpCaseload';
import { parseSen2Mi, SEN2_MI_FLOW_MEASURES, SEN2_MI_TRANSFER_MEASURES } from '../sources/sen2Mi';
import { parseSen2AgeCaseload, SEN2_STATEMENTS_MEASURES, SEN2_PLANS_MEASURES, januaryOf } from '../sources/sen2AgeCaseload';
import { eesToObservations, type MeasureColumns } from '../transforms/eesToObservations';
import { RAW, REFERENCE, YEARS } from './rawFiles';
import { deriveMetrics } from './deriveMetrics';
import { rankAmongCouncils, type RankOutput } from '../metrics/rankAmongCouncils';
import { sortObservations } from './sortObservations';

/** The effects the pipeline needs, injected so a test can run it on fixtures in memory. */
export interface BuildEffects {
	read: (path: string) => string;
	log: (line: string) => void;
}

/** What the pipeline did with one input file: nothing read is left unaccounted for. */
export interface FileReport {
	file: string;
	read: number;
	used: number;
	setAside: Record<string, number>;
}

export interface Region {
	code: string;
	name: string;
}

export interface DataBuild {
	councils: Council[];
	regions: Region[];
	formerCouncils: FormerCouncil[];
	measures: Measure[];
	observations: Observation[];
	ranks: RankOutput[];
	reports: FileReport[];
}

/**
 * Reads every input, validates it, and derives the tables the site uses.
 * Throws a DataProblemsError listing every problem found; it never returns partial data.
 */
export function buildData(effects: BuildEffects): DataBuild {
	const problems: Problem[] = [];
	const reports: FileReport[] = [];
	const take = <T>(parsed: { rows: T[]; problems: Problem[] }): T[] => {
		problems.push(...parsed.problems);
		return parsed.rows;
	};

	const measures = take(parseMeasures(effects.read(REFERENCE.measures), REFERENCE.measures));
	const formerCouncils = take(parseFormerCouncils(effects.read(REFERENCE.formerCouncils), REFERENCE.formerCouncils));

	const ees = (file: string, parse: (text: string, file: string) => EesParsed) => {
		const parsed = parse(effects.read(file), file);
		problems.push(...parsed.problems);
		return parsed;
	};
	const caseload = ees(RAW.caseload2025, parseEhcpCaseload);
	const { councils, problems: councilProblems } = deriveCouncils(caseload.rows, RAW.caseload2025);
	problems.push(...councilProblems);
	const byDfeCode = new Map(councils.map((c) => [c.dfeCode, c]));
	const former = new Map(formerCouncils.map((c) => [c.dfeCode, c]));

	const observations: Observation[] = [];
	/**
	 * Keeps a file's rows for known councils, England and regions. A former council's rows are
	 * set aside and counted; any other unknown council is a problem, not a silent drop.
	 */
	const place = (file: string, parsed: EesParsed, uses: { measures: Record<string, MeasureColumns>; sourceId: string; period?: (row: EesRow) => import('../periods/period').Period; rows?: (row: EesRow) => boolean }[]) => {
		const setAside = { ...parsed.setAside };
		const kept: EesRow[] = [];
		for (const row of parsed.rows) {
			if (row.areaType !== 'council') {
				kept.push(row);
				continue;
			}
			const council = byDfeCode.get(row.dfeCode ?? '');
			if (council) {
				// DfE changed some councils' ONS codes over the years (e.g. Gateshead, Northumberland);
				// the DfE code is stable, so every row is filed under the council's current ONS code.
				kept.push({ ...row, areaCode: council.onsCode });
				continue;
			}
			const gone = former.get(row.dfeCode ?? '');
			if (gone) {
				const reason = `former council ${gone.name} (${gone.dfeCode}), listed in ${REFERENCE.formerCouncils}`;
				setAside[reason] = (setAside[reason] ?? 0) + 1;
				continue;
			}
			problems.push({ file, line: row.line, column: 0, message: `unknown council ${JSON.stringify(row.name)} (DfE code ${row.dfeCode}, ONS ${row.areaCode}): not in DfE's latest caseload file nor in ${REFERENCE.formerCouncils}` });
		}
		let used = 0;
		for (const use of uses) {
			const rows = use.rows ? kept.filter(use.rows) : kept;
			observations.push(...eesToObservations(rows, use.measures, { sourceId: use.sourceId, file, ...(use.period ? { period: use.period } : {}) }));
			used = Math.max(used, rows.length);
		}
		reports.push({ file, read: parsed.read, used, setAside });
	};

	place(RAW.caseload2025, caseload, [{ measures: EHCP_CASELOAD_MEASURES, sourceId: 'dfe-ehcp-2025-caseload', period: caseloadCensus }]);

	const sen2Mi = ees(RAW.sen2Mi2023, (t, f) => parseSen2Mi(t, f, YEARS.sen2Mi));
	place(RAW.sen2Mi2023, sen2Mi, [
		{ measures: SEN2_MI_FLOW_MEASURES, sourceId: 'dfe-ehcp-2023-sen2-mi' },
		{ measures: SEN2_MI_TRANSFER_MEASURES, sourceId: 'dfe-ehcp-2023-sen2-mi' },
	]);

	const ageCaseload = ees(RAW.sen2AgeCaseload2022, parseSen2AgeCaseload);
	place(RAW.sen2AgeCaseload2022, ageCaseload, [
		{ measures: SEN2_STATEMENTS_MEASURES, sourceId: 'dfe-ehcp-2022-age-caseload', period: januaryOf },
		{
			measures: SEN2_PLANS_MEASURES,
			sourceId: 'dfe-ehcp-2022-age-caseload',
			period: januaryOf,
			rows: (r) => r.year >= YEARS.plansFromAgeCaseload.from && r.year <= YEARS.plansFromAgeCaseload.to,
		},
	]);

	for (const [file, parse, sourceId, yearRange, measureMap] of [
		[RAW.timeliness2025, parseEhcpTimeliness, 'dfe-ehcp-2025-timeliness', YEARS.release2025, EHCP_TIMELINESS_MEASURES],
		[RAW.timeliness2026, parseEhcpTimeliness, 'dfe-ehcp-2026-timeliness-extract', YEARS.release2026, EHCP_TIMELINESS_MEASURES],
		[RAW.requests2025, parseEhcpRequests, 'dfe-ehcp-2025-requests', YEARS.release2025, EHCP_REQUESTS_MEASURES],
		[RAW.requests2026, parseEhcpRequests, 'dfe-ehcp-2026-requests-extract', YEARS.release2026, EHCP_REQUESTS_MEASURES],
	] as const) {
		const parsed = ees(file, (t, f) => parse(t, f, yearRange));
		place(file, parsed, [{ measures: measureMap, sourceId }]);
	}

	const measureIds = new Set(measures.map((m) => m.id));
	for (const o of observations) {
		if (!measureIds.has(o.measure)) problems.push({ file: o.file, line: o.line, column: 0, message: `measure "${o.measure}" is not in ${REFERENCE.measures}` });
	}

	if (problems.length > 0) throw new DataProblemsError(problems);

	const all = sortObservations([...observations, ...deriveMetrics(observations)]);
	const breakBefore = new Map(measures.map((m) => [m.id, m.breakBefore]));
	for (const o of all) {
		const b = breakBefore.get(o.measure);
		if (b !== null && b !== undefined && o.periodKind === 'calendar' && Number(o.period) === b) o.breakInSeries = true;
	}
	const councilCodes = new Set(councils.map((c) => c.onsCode));
	const ranks = rankAmongCouncils(
		all
			.filter((o) => o.areaType === 'council' && councilCodes.has(o.areaCode) && o.figure.status === 'published')
			.map((o) => ({ measure: o.measure, period: o.period, areaCode: o.areaCode, value: o.figure.value as number })),
	);
	const regions = [...new Map(councils.map((c) => [c.regionCode, { code: c.regionCode, name: c.regionName }])).values()].sort((a, b) => a.code.localeCompare(b.code));

	for (const r of reports) {
		const aside = Object.entries(r.setAside).map(([why, n]) => `${n} ${why}`);
		effects.log(`${r.file}: read ${r.read} rows, used ${r.used}${aside.length ? `; set aside ${aside.join('; ')}` : ''}`);
	}
	effects.log(`${councils.length} councils, ${all.length} observations, ${ranks.length} ranks`);
	return { councils, regions, formerCouncils, measures, observations: all, ranks, reports };
}
