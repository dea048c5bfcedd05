import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { readCsv } from './csv/readCsv';
import { validateRecords } from './csv/validateRecords';
import { DataProblemsError } from './problems';
import { DerivedCouncilRow, DerivedDoubtRow, DerivedObservationRow, DerivedRankRow } from './pipeline/derivedSchemas';
import type { Observation } from './model/observation';
import type { Council, FormerCouncil } from './model/council';
import type { Measure } from './model/measure';
import type { StatutoryStep } from './model/statutoryStep';
import type { FileReport } from './pipeline/fileReport';
import type { Region } from './model/region';
import type { RankOutput } from './metrics/rankAmongCouncils';
import { DERIVED_DIR } from './pipeline/rawFiles';
import type { SeedFigure, SeedMeasure } from './model/seedFigure';
import type { LgscoCouncilStatsRow } from './sources/lgscoCouncilStats';
import type { LgscoDecisionRow } from './sources/lgscoDecisions';
import type { RedressData } from './pipeline/redress';
import type { StatisticalNeighbourRow } from './sources/statisticalNeighbours';
import type { Inspection } from './pipeline/inspections';
import type { DataUpdate } from './model/dataUpdate';
import type { QualityRule } from './sources/qualityRules';
import type { Doubt } from './quality/doubtfulFigures';
import type { District } from './places/districts';
import type { CouncilHex } from './places/applyHexmapChanges';
import type { FamilyOption, RedressRoute } from './model/redressRoute';

// The only reader of data/derived for pages. The files were validated by `npm run data`; every
// CSV row is read back through the schema it was written with (pipeline/derivedSchemas.ts), so a
// stale or hand-edited file stops the build with file:line:column, never a NaN on a page.

/** Every row of a derived CSV, parsed with the schema its writer used; any bad cell stops the build, located. */
function readDerivedCsv<Schema extends z.ZodTypeAny>(name: string, schema: Schema): z.output<Schema>[] {
	const path = `${DERIVED_DIR}/${name}`;
	const table = readCsv(readFileSync(path, 'utf8'), path);
	const { rows, problems } = validateRecords(table, schema);
	const all = [...table.problems, ...problems];
	if (all.length > 0) throw new DataProblemsError(all);
	return rows.map((r) => r.row);
}

interface SiteMeta {
	inspections: Inspection[];
	neighbours: StatisticalNeighbourRow[];
	seedFigures: SeedFigure[];
	seedMeasures: SeedMeasure[];
	lgscoStats: LgscoCouncilStatsRow[];
	lgscoDecisions: LgscoDecisionRow[];
	redress: RedressData;
	sources: Source[];
	timescales: StatutoryStep[];
	dataUpdates: DataUpdate[];
	regions: Region[];
	measures: Measure[];
	formerCouncils: FormerCouncil[];
	reports: FileReport[];
	qualityRules: Omit<QualityRule, 'line'>[];
	districts: District[];
	hexes: CouncilHex[];
	redressRoutes: RedressRoute[];
	familyOptions: FamilyOption[];
}

// site.json's tables, each an array of rows; sources in full, as every figure on a page cites one.
const SITE_TABLES = [
	'inspections',
	'neighbours',
	'seedFigures',
	'seedMeasures',
	'lgscoStats',
	'lgscoDecisions',
	'sources',
	'timescales',
	'dataUpdates',
	'regions',
	'measures',
	'formerCouncils',
	'reports',
	'qualityRules',
	'districts',
	'hexes',
	'redressRoutes',
	'familyOptions',
] as const satisfies readonly (keyof SiteMeta)[];
const SourceJson = z.object(
	Object.fromEntries(
		['id', 'kind', 'publisher', 'title', 'published', 'url', 'release', 'file', 'licence', 'note'].map((k) => [
			k,
			z.string(),
		]),
	),
);
const SiteJson = z.object({
	...Object.fromEntries(SITE_TABLES.map((k) => [k, z.array(z.record(z.unknown()))])),
	sources: z.array(SourceJson),
	// The redress tables are one object (years, decisions, themes…), not an array of rows; without
	// this key zod drops it and every page that shows the Ombudsman's figures reads undefined.
	redress: z.object({}).passthrough(),
});

/** site.json, checked to hold every table the pages read (the pipeline wrote each from a validated source). */
function readSiteJson(): SiteMeta {
	const path = `${DERIVED_DIR}/site.json`;
	const result = SiteJson.safeParse(JSON.parse(readFileSync(path, 'utf8')));
	if (!result.success)
		throw new DataProblemsError(
			result.error.issues.map((i) => ({
				file: path,
				line: 0,
				column: 0,
				message: `${i.path.join('.')}: ${i.message}`,
			})),
		);
	return result.data as unknown as SiteMeta;
}

interface Store {
	councils: Council[];
	meta: SiteMeta;
	/** Observations by measure, then area code, sorted by period. */
	series: Map<string, Map<string, Observation[]>>;
	ranks: Map<string, RankOutput>;
	doubts: Doubt[];
}

let store: Store | null = null;

function load(): Store {
	if (store) return store;
	const councils: Council[] = readDerivedCsv('councils.csv', DerivedCouncilRow);
	const series = new Map<string, Map<string, Observation[]>>();
	for (const o of readDerivedCsv('observations.csv', DerivedObservationRow)) {
		const byArea = series.get(o.measure) ?? series.set(o.measure, new Map()).get(o.measure)!;
		(byArea.get(o.areaCode) ?? byArea.set(o.areaCode, []).get(o.areaCode)!).push(o);
	}
	const ranks = new Map<string, RankOutput>();
	for (const rank of readDerivedCsv('ranks.csv', DerivedRankRow)) {
		ranks.set(`${rank.measure}|${rank.period}|${rank.areaCode}`, rank);
	}
	const meta = readSiteJson();
	const doubts: Doubt[] = readDerivedCsv('doubtful.csv', DerivedDoubtRow);
	const rules = new Map(meta.qualityRules.map((rule) => [rule.id, rule]));
	for (const d of doubts) {
		const o = series
			.get(d.measure)
			?.get(d.areaCode)
			?.find((x) => x.period === d.period);
		const rule = rules.get(d.rule);
		if (!o || !rule) throw new Error(`doubtful.csv names a figure or rule the data lacks: ${JSON.stringify(d)}`);
		// The first rule (in quality-rules.csv order) gives the caution; the Data quality page lists them all.
		o.doubt ??= { rule: rule.id, caution: rule.caution, detail: d.detail };
	}
	store = { councils, meta, series, ranks, doubts };
	return store;
}

/** Every council, in name order. */
export const getCouncils = (): Council[] => load().councils;

/** A council by its URL slug; throws for an unknown slug so a bad link fails the build. */
export function getCouncil(slug: string): Council {
	const council = load().councils.find((c) => c.slug === slug);
	if (!council) throw new Error(`no council with slug "${slug}"`);
	return council;
}

/** A council by ONS code, or undefined. */
export const findCouncilByCode = (onsCode: string): Council | undefined =>
	load().councils.find((c) => c.onsCode === onsCode);

/** Astro getStaticPaths entries for /councils/<slug>/. */
export const councilPaths = () =>
	load().councils.map((council) => ({ params: { slug: council.slug }, props: { council } }));

/** The site's data updates, newest first. */
export const getDataUpdates = (): DataUpdate[] => [...load().meta.dataUpdates].reverse();

/** Regions in code order. */
export const getRegions = (): Region[] => load().meta.regions;

/** The measures the site shows, in data/reference/measures.csv order. */
export const getMeasures = (): Measure[] => load().meta.measures;

/** One measure by id; throws for an unknown id. */
export function getMeasure(id: string): Measure {
	const measure = load().meta.measures.find((m) => m.id === id);
	if (!measure) throw new Error(`unknown measure "${id}"`);
	return measure;
}

/** What the pipeline read and used from each file. */
export const getFileReports = (): FileReport[] => load().meta.reports;

/** Councils abolished since 2010, whose rows the site sets aside. */
export const getFormerCouncils = (): FormerCouncil[] => load().meta.formerCouncils;

/** All observations of one measure for one area, oldest period first. */
export function getSeries(measure: string, areaCode: string): Observation[] {
	return load().series.get(measure)?.get(areaCode) ?? [];
}

/** Every area's observations of one measure. */
export function getMeasureObservations(measure: string): Observation[] {
	return [...(load().series.get(measure)?.values() ?? [])].flat();
}

/** Where a council's value sits among all councils, or undefined when it has no published value. */
export const getRank = (measure: string, period: string, areaCode: string): RankOutput | undefined =>
	load().ranks.get(`${measure}|${period}|${areaCode}`);

/** A row of data/reference/sources.csv, as validated by the pipeline. */
export interface Source {
	id: string;
	kind: string;
	publisher: string;
	title: string;
	published: string;
	url: string;
	release: string;
	file: string;
	licence: string;
	note: string;
}

/** Every figure a data-quality rule caught, with the rule and what it found (a figure may appear once per rule). */
export const getDoubts = (): Doubt[] => load().doubts;

/** The data-quality rules, in data/reference/quality-rules.csv order. */
export const getQualityRules = (): Omit<QualityRule, 'line'>[] => load().meta.qualityRules;

/** Every source, in sources.csv order. */
export const getSources = (): Source[] => load().meta.sources;

/** A source by id; throws for an unknown id so an unsourced figure fails the build. */
export function getSource(id: string): Source {
	const source = load().meta.sources.find((s) => s.id === id);
	if (!source) throw new Error(`unknown source "${id}": every figure needs a row in data/reference/sources.csv`);
	return source;
}

/** The statutory EHC timeline, in order, each step citing the law that sets it. */
export const getTimescales = (): StatutoryStep[] => load().meta.timescales;

/** Figures transcribed from documents (council reports, FOI answers, news), each with its quote. */
export const getSeedFigures = (): SeedFigure[] => load().meta.seedFigures;

/** The kinds of transcribed figure, and the official measure each can be set against. */
export const getSeedMeasures = (): SeedMeasure[] => load().meta.seedMeasures;

/** LGSCO council statistics as seen on its pages (Derbyshire only so far). */
export const getLgscoStats = (): LgscoCouncilStatsRow[] => load().meta.lgscoStats;

/** A sample of LGSCO decisions about Derby and Derbyshire (a sample, not a count). */
export const getLgscoDecisions = (): LgscoDecisionRow[] => load().meta.lgscoDecisions;

/** Ombudsman statistics and decisions for every council held, and the national Tribunal outcomes. */
export const getRedress = (): RedressData => load().meta.redress;

const documents = new Map<string, string>();

/** The text of a source's file as kept in data/raw (e.g. a seed document), to locate quotes. */
export function getSourceText(sourceId: string): string {
	const cached = documents.get(sourceId);
	if (cached !== undefined) return cached;
	const { file } = getSource(sourceId);
	if (!file) throw new Error(`source "${sourceId}" has no file to quote from`);
	const text = readFileSync(file, 'utf8');
	documents.set(sourceId, text);
	return text;
}

/** A council's statistical neighbours (DfE, May 2025 list), closest first, as councils. */
export function getNeighbours(council: Council): Council[] {
	const byDfe = new Map(load().councils.map((c) => [c.dfeCode, c]));
	return load()
		.meta.neighbours.filter((n) => n.dfeCode === council.dfeCode)
		.sort((a, b) => a.rank - b.rank)
		.map((n) => byDfe.get(n.neighbourDfeCode))
		.filter((c): c is Council => c !== undefined);
}

/** A council's area SEND inspections (Ofsted and CQC), newest first. */
export const getInspections = (council: Council): Inspection[] =>
	load().meta.inspections.filter((i) => i.councilOnsCode === council.onsCode);

/** Every district, borough and city council inside an English county, with the council responsible for SEND. */
export const getDistricts = (): District[] => load().meta.districts;

/** Each council's hex on the map of England (data/reference/hexmap-changes.csv applied). */
export const getHexes = (): CouncilHex[] => load().meta.hexes;

/** Ways a family can challenge a council (complaint, mediation, appeal, Ombudsman), each with its law. */
export const getRedressRoutes = (): RedressRoute[] => load().meta.redressRoutes;

/** What a family can do at each statutory step when the council is late, says no, or they disagree. */
export const getFamilyOptions = (): FamilyOption[] => load().meta.familyOptions;
