import type { Observation } from '../model/observation';
import { DataProblemsError, type Problem } from '../problems';
import type { Council, FormerCouncil } from '../model/council';
import { deriveCouncils } from '../councils/deriveCouncils';
import { parseMeasures, parseFormerCouncils, parseStatutoryTimescales } from '../sources/referenceTables';
import { type Measure } from '../model/measure';
import { type StatutoryStep } from '../model/statutoryStep';
import { parseMissingFigures } from '../sources/missingFigures';
import { missingFigureObservations } from './missingFigureObservations';
import { REFERENCE } from './rawFiles';
import { tableFiles } from './tableFiles';
import { SERIES_READERS, type SeriesRecord } from './readers';
import { SERIES_FORMATS, isSeriesFormat, type SeriesFormat } from '../sources/formats';
import { deriveMetrics } from './deriveMetrics';
import { rankAmongCouncils, type RankOutput } from '../metrics/rankAmongCouncils';
import { sortObservations } from './sortObservations';
import { parseSourcesTable, SOURCE_COLUMNS, type SourceRow } from '../sources/sourcesTable';
import { parseSeedFigures, parseSeedMeasures } from '../sources/seedFigures';
import { type SeedFigure, type SeedMeasure } from '../model/seedFigure';
import { parseCodeCorrections } from '../sources/codeCorrections';
import { parseLgscoCouncilStats, type LgscoCouncilStatsRow } from '../sources/lgscoCouncilStats';
import { parseLgscoDecisions, type LgscoDecisionRow } from '../sources/lgscoDecisions';
import { redressStep } from './redressStep';
import type { RedressData } from './redress';
import { parseStatisticalNeighbours, type StatisticalNeighbourRow } from '../sources/statisticalNeighbours';
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
	const table = tableFiles(sources);
	problems.push(...table.problems);
	// Without a file to open for every input the rest cannot run; what is wrong so far is listed.
	if (Object.values(table.files).includes('')) throw new DataProblemsError(problems);
	const files = table.files;
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

	// Every series file sources.csv lists is read by the reader its format names, in the order of
	// SERIES_FORMATS and then of sources.csv (so the build log reads the same from run to run).
	const seriesSources = sources
		.filter((s): s is typeof s & { format: SeriesFormat } => isSeriesFormat(s.format))
		.sort((a, b) => SERIES_FORMATS.indexOf(a.format) - SERIES_FORMATS.indexOf(b.format));
	const series = seriesSources.flatMap((source) => {
		let text: string;
		try {
			text = effects.read(source.file);
		} catch {
			return []; // reported above: the file does not exist
		}
		const read = SERIES_READERS[source.format](text, source.file, { sourceId: source.id, corrections });
		problems.push(...read.problems);
		return [{ source, read }];
	});

	// The council list comes from the newest caseload file: a council exists on the site because
	// DfE publishes its plans in place.
	const caseloads = series.filter((s) => s.source.format === 'dfe-ees-caseload');
	const newestCaseload = caseloads.reduce<(typeof caseloads)[number] | undefined>(
		(best, s) => (best && (best.source.reporting_year ?? 0) >= (s.source.reporting_year ?? 0) ? best : s),
		undefined,
	);
	if (!newestCaseload)
		problems.push({
			file: REFERENCE.sources,
			line: 0,
			column: 0,
			message: 'no dfe-ees-caseload file is listed: the council list is derived from the newest one',
		});
	const { councils, problems: councilProblems } = deriveCouncils(
		newestCaseload?.read.eesRows ?? [],
		newestCaseload?.source.file ?? REFERENCE.sources,
	);
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

	// A later release supersedes an earlier one: for each measure and period, the file of the newest
	// reporting_year supplies every figure, so no figure is read twice. Two files of one reporting
	// year giving the same measure and period is a problem, not a silent choice.
	const inYears = (source: SourceRow, year: number) =>
		!source.years || (year >= source.years.from && year <= source.years.to);
	const winner = new Map<string, SourceRow & { line: number }>();
	const ties = new Map<string, Problem>();
	const key = (o: Observation) => `${o.measure}|${o.periodKind}|${o.period}`;
	for (const { source, read } of series) {
		for (const record of read.records) {
			if (!inYears(source, record.year)) continue;
			for (const o of record.observations) {
				const k = key(o);
				const best = winner.get(k);
				const year = source.reporting_year ?? 0;
				if (!best || (best.reporting_year ?? 0) < year) winner.set(k, source);
				else if (best.id !== source.id && best.reporting_year === year) {
					const tie = `${best.id}|${source.id}|${o.measure}`;
					if (!ties.has(tie))
						ties.set(tie, {
							file: REFERENCE.sources,
							line: source.line,
							column: SOURCE_COLUMNS.indexOf('reporting_year') + 1,
							message: `reporting_year: ${source.id} and ${best.id} (line ${best.line}) both give ${o.measure} for ${o.period} in reporting year ${year}; each year is read from exactly one file (narrow one file's years)`,
						});
				}
			}
		}
	}
	problems.push(...ties.values());

	for (const { source, read } of series) {
		const file = source.file;
		const setAside = { ...read.setAside };
		const aside = (reason: string) => (setAside[reason] = (setAside[reason] ?? 0) + 1);
		const taken: { record: SeriesRecord; observations: Observation[] }[] = [];
		for (const record of read.records) {
			const mine = inYears(source, record.year)
				? record.observations.filter((o) => winner.get(key(o))?.id === source.id)
				: [];
			if (mine.length === 0) aside(`${record.label} read from another release (see data/README.md)`);
			else taken.push({ record, observations: mine });
		}
		let used = 0;
		for (const { record, observations: mine } of taken) {
			if (record.areaType !== 'council') {
				observations.push(...mine);
				used++;
				continue;
			}
			// DfE changed some councils' ONS codes over the years (e.g. Gateshead, Northumberland);
			// the DfE code is stable, so every row is filed under the council's current ONS code.
			const council = resolve(file, record.line, record.dfeCode, record.name, setAside);
			if (!council) continue;
			observations.push(...mine.map((o) => ({ ...o, areaCode: council.onsCode })));
			used++;
		}
		reports.push({ file, read: read.read, used, setAside });
	}

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

	// A seed measure's speaks_to names the official measure it can be set against: one in measures.csv.
	const seedMeasures = take(
		parseSeedMeasures(effects.read(REFERENCE.seedMeasures), REFERENCE.seedMeasures, {
			officialMeasureIds: new Set(measures.map((m) => m.id)),
		}),
	);
	const areaCodes = new Set(['E92000001', ...councils.map((c) => c.onsCode), ...councils.map((c) => c.regionCode)]);
	const seedFigures = take(
		parseSeedFigures(effects.read(TRANSCRIBED.seedFigures), TRANSCRIBED.seedFigures, {
			sourceIds,
			measureIds: new Set(seedMeasures.map((m) => m.id)),
			areaCodes,
		}),
	);
	const lgscoStats = take(parseLgscoCouncilStats(effects.read(files.lgscoCouncilStats), files.lgscoCouncilStats));
	const lgscoDecisions = take(parseLgscoDecisions(effects.read(files.lgscoDecisions), files.lgscoDecisions));
	const neighbours = take(
		parseStatisticalNeighbours(effects.read(files.statisticalNeighbours), files.statisticalNeighbours),
	);
	for (const [file, rows] of [
		[files.lgscoCouncilStats, lgscoStats],
		[files.lgscoDecisions, lgscoDecisions],
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
	const redress = redressStep(effects, { files, lgscoStats, councils, formerCouncils, sources });
	problems.push(...redress.problems);
	reports.push(...redress.reports);
	// The neighbours file keeps an "old" block for councils abolished in reorganisations; only
	// the current list is used, and every council in it must be one the site knows.
	const currentNeighbours = neighbours.filter((n) => n.set === 'current');
	for (const n of currentNeighbours) {
		for (const code of [n.dfeCode, n.neighbourDfeCode]) {
			if (!byDfeCode.has(code))
				problems.push({
					file: files.statisticalNeighbours,
					line: n.line,
					column: 0,
					message: `unknown council DfE code ${code} (got "${code}")`,
				});
		}
	}
	reports.push({
		file: files.statisticalNeighbours,
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
			file: files.ofstedTo2022,
			sourceId: 'ofsted-area-send-to-2022',
			rows: take(parseOfstedAreaSendTo2022(effects.read(files.ofstedTo2022), files.ofstedTo2022)),
		},
		winter: {
			file: files.ofstedWinter2022to23,
			sourceId: 'ofsted-area-send-winter-2022-23',
			rows: take(
				parseOfstedAreaSendWinter2022to23(effects.read(files.ofstedWinter2022to23), files.ofstedWinter2022to23),
			),
		},
		newFramework: {
			file: files.ofstedNewFramework,
			sourceId: 'ofsted-area-send-new-framework',
			rows: take(parseOfstedAreaSendNewFramework(effects.read(files.ofstedNewFramework), files.ofstedNewFramework)),
		},
	};
	const joined = joinInspections(ofsted, councils, formerCouncils);
	problems.push(...joined.problems);
	reports.push(...joined.reports);

	const places = placesAndRedress(effects.read, { files, councils, sourceIds, timescales });
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
