import type { Observation } from '../model/observation';
import { DataProblemsError, type Problem } from '../problems';
import type { Council, FormerCouncil } from '../model/council';
import { deriveCouncils } from '../councils/deriveCouncils';
import { parseMeasures, parseFormerCouncils, parseStatutoryTimescales } from '../sources/referenceTables';
import { type Measure } from '../model/measure';
import { type StatutoryStep } from '../model/statutoryStep';
import type { EesParsed, EesRow, MeasureColumns } from '../sources/eesTable';
import { parseEhcpTimeliness, EHCP_TIMELINESS_MEASURES } from '../sources/ehcpTimeliness';
import { parseEhcpRequests, EHCP_REQUESTS_MEASURES } from '../sources/ehcpRequests';
import { parseEhcpCaseload, EHCP_CASELOAD_MEASURES, caseloadCensus } from '../sources/ehcpCaseload';
import { parseEhcpNewPlans, EHCP_NEW_PLANS_MEASURES } from '../sources/ehcpNewPlans';
import { parseMissingFigures } from '../sources/missingFigures';
import { missingFigureObservations } from './missingFigureObservations';
import { parseSen2Mi, SEN2_MI_FLOW_MEASURES, SEN2_MI_TRANSFER_MEASURES } from '../sources/sen2Mi';
import {
	parseSen2AgeCaseload,
	SEN2_STATEMENTS_MEASURES,
	SEN2_PLANS_MEASURES,
	januaryOf,
} from '../sources/sen2AgeCaseload';
import { eesToObservations } from '../transforms/eesToObservations';
import { RAW, REFERENCE, YEARS } from './rawFiles';
import { deriveMetrics } from './deriveMetrics';
import { rankAmongCouncils, type RankOutput } from '../metrics/rankAmongCouncils';
import { sortObservations } from './sortObservations';
import { parseSourcesTable, type SourceRow } from '../sources/sourcesTable';
import { parseSeedFigures, parseSeedMeasures } from '../sources/seedFigures';
import { type SeedFigure, type SeedMeasure } from '../model/seedFigure';
import { parseCodeCorrections } from '../sources/codeCorrections';
import { parseTribunalAppealRate2014to2024 } from '../sources/tribunalAppealRate2014to2024';
import type { AppealRateRow, AppealRateParsed } from '../sources/mojAppealRateTable';
import { parseTribunalAppealRate2024to2025 } from '../sources/tribunalAppealRate2024to2025';
import { parseLgscoCouncilStats, type LgscoCouncilStatsRow } from '../sources/lgscoCouncilStats';
import { parseLgscoDecisions, type LgscoDecisionRow } from '../sources/lgscoDecisions';
import { redressStep } from './redressStep';
import type { RedressData } from './redress';
import { parseStatisticalNeighbours, type StatisticalNeighbourRow } from '../sources/statisticalNeighbours';
import { appealObservations } from './appealObservations';
import { inspections as joinInspections, type Inspection } from './inspections';
import { parseOfstedAreaSendTo2022 } from '../sources/ofstedAreaSendTo2022';
import { parseOfstedAreaSendWinter2022to23 } from '../sources/ofstedAreaSendWinter2022to23';
import { parseOfstedAreaSendNewFramework } from '../sources/ofstedAreaSendNewFramework';
import { regionTotals } from './regionTotals';
import { sha256Hex } from './sha256';
import { parseDataUpdates } from '../sources/dataUpdates';
import { type DataUpdate } from '../model/dataUpdate';
import { TRANSCRIBED } from './rawFiles';
import { parseQualityRules, type QualityRule } from '../sources/qualityRules';
import { doubtfulFigures, doubtKeys, doubtKey, type Doubt } from '../quality/doubtfulFigures';
import { placesAndRedress } from './placesAndRedress';
import type { District } from '../places/districts';
import type { CouncilHex } from '../places/applyHexmapChanges';
import type { FamilyOption, RedressRoute } from '../model/redressRoute';
import type { Region } from '../model/region';
import type { BuildEffects } from './buildEffects';
import type { FileReport } from './fileReport';

export interface DataBuild {
	sources: (SourceRow & { line: number })[];
	timescales: StatutoryStep[];
	/** The site's changelog, oldest first. */
	dataUpdates: DataUpdate[];
	seedMeasures: SeedMeasure[];
	seedFigures: SeedFigure[];
	lgscoStats: LgscoCouncilStatsRow[];
	lgscoDecisions: LgscoDecisionRow[];
	redress: RedressData;
	neighbours: StatisticalNeighbourRow[];
	inspections: Inspection[];
	councils: Council[];
	regions: Region[];
	formerCouncils: FormerCouncil[];
	measures: Measure[];
	observations: Observation[];
	ranks: RankOutput[];
	reports: FileReport[];
	qualityRules: QualityRule[];
	/** Figures the data-quality rules caught: shown with a caution, never ranked. */
	doubts: Doubt[];
	districts: District[];
	hexes: CouncilHex[];
	redressRoutes: RedressRoute[];
	familyOptions: FamilyOption[];
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

	const sources = take(parseSourcesTable(effects.read(REFERENCE.sources), REFERENCE.sources));
	const sourceIds = new Set(sources.map((x) => x.id));
	// Raw files are immutable: each must still be byte-for-byte the file its source row describes.
	for (const source of sources) {
		if (!source.file || !source.sha256) continue;
		let actual: string;
		try {
			actual = sha256Hex(effects.read(source.file));
		} catch {
			problems.push({
				file: REFERENCE.sources,
				line: source.line,
				column: 8,
				message: `file: ${source.file} does not exist (got "${source.file}")`,
			});
			continue;
		}
		if (actual !== source.sha256) {
			problems.push({
				file: REFERENCE.sources,
				line: source.line,
				column: 9,
				message: `sha256: ${source.file} has changed since it was recorded; raw files are never edited (got "${actual}", expected "${source.sha256}")`,
			});
		}
	}
	const measures = take(parseMeasures(effects.read(REFERENCE.measures), REFERENCE.measures));
	const timescales = take(parseStatutoryTimescales(effects.read(REFERENCE.timescales), REFERENCE.timescales));
	for (const step of timescales) {
		if (!sourceIds.has(step.sourceId))
			problems.push({
				file: REFERENCE.timescales,
				line: 0,
				column: 5,
				message: `source_id: unknown source (got "${step.sourceId}")`,
			});
	}
	const corrections = take(parseCodeCorrections(effects.read(REFERENCE.codeCorrections), REFERENCE.codeCorrections));
	const qualityRules = take(parseQualityRules(effects.read(REFERENCE.qualityRules), REFERENCE.qualityRules));
	const formerCouncils = take(parseFormerCouncils(effects.read(REFERENCE.formerCouncils), REFERENCE.formerCouncils));
	const missingFigures = take(parseMissingFigures(effects.read(REFERENCE.missingFigures), REFERENCE.missingFigures));

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
	/** The council a DfE code names now; a former council is counted in setAside; anything else is a problem. */
	const resolve = (
		file: string,
		line: number,
		dfeCode: string | null,
		name: string,
		setAside: Record<string, number>,
	): Council | null => {
		const council = byDfeCode.get(dfeCode ?? '');
		if (council) return council;
		const gone = former.get(dfeCode ?? '');
		if (gone) {
			const reason = `former council ${gone.name} (${gone.dfeCode}), listed in ${REFERENCE.formerCouncils}`;
			setAside[reason] = (setAside[reason] ?? 0) + 1;
			return null;
		}
		problems.push({
			file,
			line,
			column: 0,
			message: `unknown council ${JSON.stringify(name)} (DfE code ${dfeCode ?? 'none'}): not in DfE's latest caseload file nor in ${REFERENCE.formerCouncils}`,
		});
		return null;
	};
	/**
	 * Keeps a file's rows for known councils, England and regions. A former council's rows are
	 * set aside and counted; any other unknown council is a problem, not a silent drop.
	 */
	const place = (
		file: string,
		parsed: EesParsed,
		uses: {
			measures: Record<string, MeasureColumns>;
			sourceId: string;
			period?: (row: EesRow) => import('../model/period').Period;
			rows?: (row: EesRow) => boolean;
		}[],
	) => {
		const setAside = { ...parsed.setAside };
		const kept: EesRow[] = [];
		for (const row of parsed.rows) {
			if (row.areaType !== 'council') {
				kept.push(row);
				continue;
			}
			// DfE changed some councils' ONS codes over the years (e.g. Gateshead, Northumberland);
			// the DfE code is stable, so every row is filed under the council's current ONS code.
			const council = resolve(file, row.line, row.dfeCode, row.name, setAside);
			if (council) kept.push({ ...row, areaCode: council.onsCode });
		}
		let used = 0;
		for (const use of uses) {
			const rows = use.rows ? kept.filter(use.rows) : kept;
			observations.push(
				...eesToObservations(rows, use.measures, {
					sourceId: use.sourceId,
					file,
					...(use.period ? { period: use.period } : {}),
				}),
			);
			used = Math.max(used, rows.length);
		}
		reports.push({ file, read: parsed.read, used, setAside });
	};

	place(RAW.caseload2025, caseload, [
		{ measures: EHCP_CASELOAD_MEASURES, sourceId: 'dfe-ehcp-2025-caseload', period: caseloadCensus },
	]);
	place(RAW.caseload2026, ees(RAW.caseload2026, parseEhcpCaseload), [
		{ measures: EHCP_CASELOAD_MEASURES, sourceId: 'dfe-ehcp-2026-caseload', period: caseloadCensus },
	]);

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
		[RAW.timeliness2026, parseEhcpTimeliness, 'dfe-ehcp-2026-timeliness', YEARS.release2026, EHCP_TIMELINESS_MEASURES],
		[RAW.requests2025, parseEhcpRequests, 'dfe-ehcp-2025-requests', YEARS.release2025, EHCP_REQUESTS_MEASURES],
		[RAW.requests2026, parseEhcpRequests, 'dfe-ehcp-2026-requests', YEARS.release2026, EHCP_REQUESTS_MEASURES],
		[RAW.newPlans2025, parseEhcpNewPlans, 'dfe-ehcp-2025-newplans', YEARS.release2025, EHCP_NEW_PLANS_MEASURES],
		[RAW.newPlans2026, parseEhcpNewPlans, 'dfe-ehcp-2026-newplans', YEARS.release2026, EHCP_NEW_PLANS_MEASURES],
	] as const) {
		const parsed = ees(file, (t, f) => parse(t, f, yearRange));
		place(file, parsed, [{ measures: measureMap, sourceId }]);
	}

	// MoJ appeal tables. Appeals registered and the original-method rate come from the 2014–2024
	// table; the new-method rate (2024 on) from the 2024–2025 table, the later release, so the
	// 2014–2024 table's "In development" 2024 columns are set aside.
	const appealFile = (
		file: string,
		parse: (t: string, f: string, c: typeof corrections) => AppealRateParsed,
		sourceId: string,
		takes: (r: AppealRateRow) => boolean,
		takesAppeals: (r: AppealRateRow) => boolean,
	) => {
		const parsed = parse(effects.read(file), file, corrections);
		problems.push(...parsed.problems);
		const setAside: Record<string, number> = {};
		const rows: (AppealRateRow & { areaCode: string })[] = [];
		for (const row of parsed.rows) {
			if (!takes(row)) {
				const reason = `${row.method}-method ${row.year} figures read from another release (see data/README.md)`;
				setAside[reason] = (setAside[reason] ?? 0) + 1;
				continue;
			}
			if (row.area === 'england') {
				rows.push({ ...row, areaCode: 'E92000001' });
				continue;
			}
			const council = resolve(file, row.line, row.dfeCode, row.laName, setAside);
			if (council) rows.push({ ...row, areaCode: council.onsCode });
		}
		observations.push(...appealObservations(rows, { sourceId, file, takes, takesAppeals }));
		reports.push({ file, read: parsed.rows.length, used: rows.length, setAside });
	};
	appealFile(
		RAW.appealRate2014to2024,
		parseTribunalAppealRate2014to2024,
		'moj-appeal-rate-2014-2024',
		(r) => r.method === 'old',
		() => true,
	);
	appealFile(
		RAW.appealRate2024to2025,
		parseTribunalAppealRate2024to2025,
		'moj-appeal-rate-2024-2025',
		() => true,
		(r) => r.year > 2024,
	);

	const dataUpdates = take(parseDataUpdates(effects.read(REFERENCE.dataUpdates), REFERENCE.dataUpdates, { sourceIds }));
	// A council with earlier years of a measure but no row in its newest period, or a row the
	// publisher withheld, is explained by data/reference/missing-figures.csv or stops the build.
	const gaps = missingFigureObservations(observations, {
		councils,
		missingFigures,
		file: REFERENCE.missingFigures,
	});
	problems.push(...gaps.problems);
	observations.splice(0, observations.length, ...gaps.observations);

	const seedMeasures = take(parseSeedMeasures(effects.read(REFERENCE.seedMeasures), REFERENCE.seedMeasures));
	const areaCodes = new Set(['E92000001', ...councils.map((c) => c.onsCode), ...councils.map((c) => c.regionCode)]);
	const seedFigures = take(
		parseSeedFigures(effects.read(TRANSCRIBED.seedFigures), TRANSCRIBED.seedFigures, {
			sourceIds,
			measureIds: new Set(seedMeasures.map((m) => m.id)),
			areaCodes,
		}),
	);
	const lgscoStats = take(parseLgscoCouncilStats(effects.read(RAW.lgscoCouncilStats), RAW.lgscoCouncilStats));
	const lgscoDecisions = take(parseLgscoDecisions(effects.read(RAW.lgscoDecisions), RAW.lgscoDecisions));
	const neighbours = take(
		parseStatisticalNeighbours(effects.read(RAW.statisticalNeighbours), RAW.statisticalNeighbours),
	);
	for (const [file, rows] of [
		[RAW.lgscoCouncilStats, lgscoStats],
		[RAW.lgscoDecisions, lgscoDecisions],
	] as const) {
		for (const row of rows)
			if (!byDfeCode.has(row.dfeCode))
				problems.push({
					file,
					line: row.line,
					column: 0,
					message: `unknown council DfE code ${row.dfeCode} (got "${row.dfeCode}")`,
				});
		reports.push({ file, read: rows.length, used: rows.length, setAside: {} });
	}
	const redress = redressStep(effects, { lgscoStats, councils, formerCouncils, sources });
	problems.push(...redress.problems);
	reports.push(...redress.reports);
	// The neighbours file keeps an "old" block for councils abolished in reorganisations; only
	// the current list is used, and every council in it must be one the site knows.
	const currentNeighbours = neighbours.filter((n) => n.set === 'current');
	for (const n of currentNeighbours) {
		for (const code of [n.dfeCode, n.neighbourDfeCode]) {
			if (!byDfeCode.has(code))
				problems.push({
					file: RAW.statisticalNeighbours,
					line: n.line,
					column: 0,
					message: `unknown council DfE code ${code} (got "${code}")`,
				});
		}
	}
	reports.push({
		file: RAW.statisticalNeighbours,
		read: neighbours.length,
		used: currentNeighbours.length,
		setAside:
			neighbours.length > currentNeighbours.length
				? {
						'pre-reorganisation neighbour lists (sn_set old_pre_reorganisation)':
							neighbours.length - currentNeighbours.length,
					}
				: {},
	});

	const ofsted = {
		to2022: {
			file: RAW.ofstedTo2022,
			sourceId: 'ofsted-area-send-to-2022',
			rows: take(parseOfstedAreaSendTo2022(effects.read(RAW.ofstedTo2022), RAW.ofstedTo2022)),
		},
		winter: {
			file: RAW.ofstedWinter2022to23,
			sourceId: 'ofsted-area-send-winter-2022-23',
			rows: take(parseOfstedAreaSendWinter2022to23(effects.read(RAW.ofstedWinter2022to23), RAW.ofstedWinter2022to23)),
		},
		newFramework: {
			file: RAW.ofstedNewFramework,
			sourceId: 'ofsted-area-send-new-framework',
			rows: take(parseOfstedAreaSendNewFramework(effects.read(RAW.ofstedNewFramework), RAW.ofstedNewFramework)),
		},
	};
	const joined = joinInspections(ofsted, councils, formerCouncils);
	problems.push(...joined.problems);
	reports.push(...joined.reports);

	const places = placesAndRedress(effects.read, { councils, sourceIds, timescales });
	problems.push(...places.problems);
	reports.push(...places.reports);

	const measureIds = new Set(measures.map((m) => m.id));
	for (const o of observations) {
		if (!sourceIds.has(o.sourceId))
			problems.push({
				file: o.file,
				line: o.line,
				column: 0,
				message: `source "${o.sourceId}" is not in ${REFERENCE.sources}`,
			});
	}
	for (const o of observations) {
		if (!measureIds.has(o.measure))
			problems.push({
				file: o.file,
				line: o.line,
				column: 0,
				message: `measure "${o.measure}" is not in ${REFERENCE.measures}`,
			});
	}

	for (const rule of qualityRules) {
		for (const id of [...rule.measures, ...rule.also, ...(rule.compareMeasure ? [rule.compareMeasure] : [])])
			if (!measureIds.has(id))
				problems.push({
					file: REFERENCE.qualityRules,
					line: rule.line,
					column: 0,
					message: `measure "${id}" is not in ${REFERENCE.measures}`,
				});
	}

	if (problems.length > 0) throw new DataProblemsError(problems);

	const regional = regionTotals(observations, councils, {
		counts: [
			{ measure: 'appeals_registered' },
			{ measure: 'appealable_decisions_old' },
			{ measure: 'appealable_decisions_new' },
		],
		rates: [
			{ measure: 'appeal_rate_old', numerator: 'appeals_registered', denominator: 'appealable_decisions_old' },
			{ measure: 'appeal_rate_new', numerator: 'appeals_registered', denominator: 'appealable_decisions_new' },
		],
	});
	const all = sortObservations([...observations, ...regional, ...deriveMetrics(observations)]);
	const breakBefore = new Map(measures.map((m) => [m.id, m.breakBefore]));
	for (const o of all) {
		const b = breakBefore.get(o.measure);
		if (b !== null && b !== undefined && o.periodKind === 'calendar' && Number(o.period) === b) o.breakInSeries = true;
	}
	const councilCodes = new Set(councils.map((c) => c.onsCode));
	const doubts = doubtfulFigures(all, {
		rules: qualityRules,
		corrections,
		councils,
		labels: new Map(measures.map((m) => [m.id, m.shortLabel.toLowerCase()])),
	});
	// A doubtful figure is left out of ranks, so it neither gets a place nor moves anyone else's.
	const doubtful = doubtKeys(doubts);
	const ranks = rankAmongCouncils(
		all
			.filter((o) => o.areaType === 'council' && councilCodes.has(o.areaCode) && o.figure.status === 'published')
			.filter((o) => !doubtful.has(doubtKey(o.measure, o.areaCode, o.period)))
			.map((o) => ({ measure: o.measure, period: o.period, areaCode: o.areaCode, value: o.figure.value! })),
	);
	const regions = [
		...new Map(councils.map((c) => [c.regionCode, { code: c.regionCode, name: c.regionName }])).values(),
	].sort((a, b) => a.code.localeCompare(b.code));

	for (const r of reports) {
		const aside = Object.entries(r.setAside).map(([why, n]) => `${n} ${why}`);
		effects.log(
			`${r.file}: read ${r.read} rows, used ${r.used}${aside.length ? `; set aside ${aside.join('; ')}` : ''}`,
		);
	}
	effects.log(
		`${councils.length} councils, ${all.length} observations, ${ranks.length} ranks, ${doubts.length} doubtful figures`,
	);
	return {
		sources,
		timescales,
		dataUpdates,
		seedMeasures,
		seedFigures,
		lgscoStats,
		lgscoDecisions,
		redress: redress.data,
		neighbours,
		inspections: joined.inspections,
		councils,
		regions,
		formerCouncils,
		measures,
		observations: all,
		ranks,
		reports,
		qualityRules,
		doubts,
		districts: places.districts,
		hexes: places.hexes,
		redressRoutes: places.redressRoutes,
		familyOptions: places.familyOptions,
	};
}
