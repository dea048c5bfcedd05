import type { Observation } from '../model/observation';
import type { Council } from '../model/council';
import { published, type Figure } from '../model/figure';
import { formatPeriod, parsePeriod } from '../model/period';
import type { SeedFigure, SeedQualifier } from '../model/seedFigure';
import type { ScrutinyData } from './scrutinyData';
import type { ValueUnit } from './formatValue';
import { citeObservation, citeRow, citeSeedFigure, uniqueCitations, type Citation } from './citation';
import { fileLine, fileLines } from '../format/fileLine';

// An evidence key names one official (or transcribed) figure a claim is set against. Claims list
// keys in their frontmatter; this module turns each key into figures read from the data, so no
// number is ever typed into a claim.
//
// Keys, for the claim's council unless a suffix names another area:
//   <series>-<year>[-england|-region]            one figure, e.g. timeliness-excl-2018
//   <series>-<from>-<to>[-england|-region]       each year, e.g. appeals-2022-2024
//   sen2-transfers-<from>-<to>                   DfE transfers added up over the years
//   seed:<id>                                    a row of data/transcribed/seed-figures.csv
//   lgsco-upheld-vs-similar                      LGSCO upheld rate beside similar councils' average
//   lgsco-payments-in-sample                     payments stated in the sampled LGSCO decisions
//   tribunal-council-upheld-<yyyy>-<yy>          England: share of decided Tribunal appeals where the council's decision was upheld
//   tribunal-family-favour-<yyyy>-<yy>           England: share decided in the family's favour

/** One figure behind a piece of evidence, with where it comes from. */
export interface EvidencePart {
	/** What this figure is, in words: "2016", "England, 2018", "similar authorities' average". */
	label: string;
	value: Figure;
	unit: ValueUnit;
	/** Decimal places for a percentage, when the publisher fixes them (DfE one, LGSCO none). */
	digits?: number;
	qualifier?: SeedQualifier;
	/** The counts behind a rate, when published. */
	numerator: number | null;
	denominator: number | null;
	/** True when the publisher marks a break in series before this period. */
	breakInSeries: boolean;
	/** For a figure from a document: the document's own words. */
	quote: string | null;
	citation: Citation;
}

/** A piece of evidence: one figure, a total, or a short series, each part sourced. */
export interface Evidence {
	key: string;
	label: string;
	/** official: published statistics; document: a figure stated in a document; compiled: the research helper's extract; reported: national Tribunal figures as published or quoted. */
	kind: 'official' | 'document' | 'compiled' | 'reported';
	/** The single figure or total; null for a series, whose parts carry the figures. */
	value: Figure | null;
	unit: ValueUnit;
	digits?: number;
	qualifier?: SeedQualifier;
	/** The period in words, e.g. "2014 to 2018" or "January 2018". */
	period: string;
	parts: EvidencePart[];
	observations: Observation[];
	seedFigures: SeedFigure[];
	citations: Citation[];
	/** How the figure was put together or what it leaves out, in words; null when nothing needs saying. */
	note: string | null;
}

const ENGLAND = 'E92000001';

// Short names for the official measures a key may use (data/reference/measures.csv ids).
const SERIES: Record<string, string> = {
	'timeliness-excl': 'timeliness_20wk_excl',
	'timeliness-incl': 'timeliness_20wk_incl',
	'over-52wk': 'timeliness_over_52wk_incl',
	'plans-issued': 'plans_issued',
	requests: 'requests',
	'refusal-rate': 'refusal_rate',
	'plans-jan': 'plans_in_place',
	'statements-jan': 'statements_in_place',
	transfers: 'statements_transferred',
	appeals: 'appeals_registered',
	'appeal-rate-old': 'appeal_rate_old',
	'appeal-rate-new': 'appeal_rate_new',
};

const SERIES_KEY = new RegExp(`^(${Object.keys(SERIES).join('|')})-(\\d{4})(?:-(\\d{4}))?(?:-(england|region))?$`);
const SUM_KEY = /^sen2-transfers-(\d{4})-(\d{4})$/;

/** An observation's period in words: "2018", "January 2018", "2022/23". */
export function observationPeriod(o: Observation): string {
	const period = parsePeriod(o.periodKind, o.period);
	return 'error' in period ? o.period : formatPeriod(period);
}

interface Area {
	code: string;
	name: string;
}

function areaFor(council: Council, suffix: string | undefined): Area {
	if (suffix === 'england') return { code: ENGLAND, name: 'England' };
	if (suffix === 'region') return { code: council.regionCode, name: council.regionName };
	return { code: council.onsCode, name: council.name };
}

function partFromObservation(o: Observation, label: string, unit: ValueUnit, data: ScrutinyData): EvidencePart {
	return {
		label,
		value: o.figure,
		unit,
		...(unit === 'percent' ? { digits: 1 } : {}),
		numerator: o.numerator ?? null,
		denominator: o.denominator ?? null,
		breakInSeries: o.breakInSeries === true,
		quote: null,
		citation: citeObservation(o, data.source(o.sourceId)),
	};
}

/** The observations of a measure for an area in [from, to], one per year, or an error naming the gap. */
function yearsOf(
	data: ScrutinyData,
	key: string,
	measure: string,
	area: Area,
	from: number,
	to: number,
): Observation[] {
	if (from > to) throw new Error(`evidence "${key}": the first year comes after the last`);
	const series = data.series(measure, area.code);
	const rows: Observation[] = [];
	for (let year = from; year <= to; year++) {
		const o = series.find((x) => x.period === String(year));
		if (!o) throw new Error(`evidence "${key}": no ${measure} figure for ${area.name} in ${year}`);
		rows.push(o);
	}
	return rows;
}

function seriesEvidence(key: string, m: RegExpExecArray, council: Council, data: ScrutinyData): Evidence {
	const measureId = SERIES[m[1] ?? ''] ?? '';
	const measure = data.measure(measureId);
	const area = areaFor(council, m[4]);
	const from = Number(m[2]);
	const to = m[3] ? Number(m[3]) : from;
	const rows = yearsOf(data, key, measureId, area, from, to);
	const unit: ValueUnit = measure.unit;
	const parts = rows.map((o) => partFromObservation(o, observationPeriod(o), unit, data));
	const single = rows.length === 1 ? rows[0] : undefined;
	const periods = rows.map(observationPeriod);
	return {
		key,
		label: `${measure.label}: ${area.name}`,
		kind: 'official',
		value: single ? single.figure : null,
		unit,
		...(unit === 'percent' ? { digits: 1 } : {}),
		period: single ? (periods[0] ?? '') : `${periods[0]} to ${periods.at(-1)}`,
		parts,
		observations: rows,
		seedFigures: [],
		citations: uniqueCitations(parts.map((p) => p.citation)),
		note: rows.some((o, i) => i > 0 && o.breakInSeries)
			? 'DfE marks a break in series within these years (a new data collection), so the years either side are not strictly comparable.'
			: null,
	};
}

/** Adds up published figures; a total of figures where any is missing is itself missing, never a partial sum. */
export function sumFigures(figures: readonly Figure[]): Figure {
	let total = 0;
	for (const f of figures) {
		if (f.status !== 'published') return { status: f.status, value: null };
		total += f.value;
	}
	return published(total);
}

function transfersSum(key: string, m: RegExpExecArray, council: Council, data: ScrutinyData): Evidence {
	const measure = data.measure('statements_transferred');
	const area = areaFor(council, undefined);
	const rows = yearsOf(data, key, 'statements_transferred', area, Number(m[1]), Number(m[2]));
	const parts = rows.map((o) => partFromObservation(o, observationPeriod(o), 'count', data));
	return {
		key,
		label: `${measure.label}, added up: ${area.name}`,
		kind: 'official',
		value: sumFigures(rows.map((o) => o.figure)),
		unit: 'count',
		period: `${observationPeriod(rows[0]!)} to ${observationPeriod(rows.at(-1)!)}`,
		parts,
		observations: rows,
		seedFigures: [],
		citations: uniqueCitations(parts.map((p) => p.citation)),
		note: "The sum of DfE's yearly counts (SEN2, calendar years), each shown in the table. DfE counts a transfer in the calendar year the plan was issued.",
	};
}

function seedEvidence(key: string, id: string, council: Council, data: ScrutinyData): Evidence {
	const seed = data.seedFigures().find((s) => s.id === id);
	if (!seed) throw new Error(`evidence "${key}": no row with id "${id}" in data/transcribed/seed-figures.csv`);
	const measure = data.seedMeasures().find((s) => s.id === seed.measure);
	const citation = citeSeedFigure(seed, data.source(seed.sourceId));
	const period = seed.period ? formatPeriod(seed.period) : 'no date or period stated';
	const area = seed.areaCode === council.onsCode ? '' : seed.areaCode === ENGLAND ? ' (England)' : '';
	return {
		key,
		// A seed measure's own label may already say "as stated"; never print it twice.
		label: `${measure?.label ?? seed.measure}${area}${(measure?.label ?? '').endsWith('as stated') ? '' : ', as stated'}`,
		kind: 'document',
		value: seed.value,
		unit: seed.unit,
		qualifier: seed.qualifier,
		period,
		parts: [
			{
				label: period,
				value: seed.value,
				unit: seed.unit,
				qualifier: seed.qualifier,
				numerator: null,
				denominator: null,
				breakInSeries: false,
				quote: seed.quote,
				citation,
			},
		],
		observations: [],
		seedFigures: [seed],
		citations: [citation],
		note: null,
	};
}

function lgscoUpheld(key: string, council: Council, data: ScrutinyData): Evidence {
	const rows = data
		.lgscoStats()
		.filter((r) => r.dfeCode === council.dfeCode)
		.sort((a, b) => a.period.startYear - b.period.startYear);
	if (rows.length === 0) throw new Error(`evidence "${key}": no LGSCO statistics for ${council.name}`);
	const source = data.source('lgsco-council-statistics');
	const parts: EvidencePart[] = rows.flatMap((r) => {
		const period = formatPeriod(r.period);
		const citation = citeRow(source, r.url, fileLine(source.file, r.line));
		const base = { unit: 'percent' as const, digits: 0, breakInSeries: false, quote: null, citation };
		return [
			{
				...base,
				label: `${council.name}, ${period}: complaints upheld, of those investigated in detail`,
				value: r.upheldPct,
				numerator: r.upheld.value,
				denominator: r.investigated.value,
			},
			{
				...base,
				label: `Similar authorities' average, ${period}`,
				value: r.similarAuthoritiesAvgUpheldPct,
				numerator: null,
				denominator: null,
			},
		];
	});
	const scopes = [...new Set(rows.map((r) => r.scope))];
	return {
		key,
		label: `Ombudsman (LGSCO) complaints upheld, against similar authorities: ${council.name}`,
		kind: 'compiled',
		value: null,
		unit: 'percent',
		digits: 0,
		period: `${formatPeriod(rows[0]!.period)} to ${formatPeriod(rows.at(-1)!.period)}`,
		parts,
		observations: [],
		seedFigures: [],
		citations: uniqueCitations(parts.map((p) => p.citation)),
		note: `The LGSCO's figures cover ${scopes.join('; ')}: every service the council runs, so they cannot show SEND complaints alone.`,
	};
}

function lgscoPayments(key: string, council: Council, data: ScrutinyData): Evidence {
	const decisions = data.lgscoDecisions().filter((d) => d.dfeCode === council.dfeCode);
	if (decisions.length === 0) throw new Error(`evidence "${key}": no sampled LGSCO decisions for ${council.name}`);
	const source = data.source('lgsco-decisions-sample');
	const stated = decisions.filter((d) => d.paymentGbp !== null);
	const parts: EvidencePart[] = stated.map((d) => ({
		label: `Decision ${d.caseRef}${d.decisionDate ? `, ${formatPeriod({ kind: 'date', date: d.decisionDate })}` : ', no date given'}`,
		value: published(d.paymentGbp!),
		unit: 'gbp',
		numerator: null,
		denominator: null,
		breakInSeries: false,
		quote: d.remedyAsStated,
		citation: citeRow(source, d.url, fileLine(source.file, d.line)),
	}));
	return {
		key,
		label: `Payments stated in the sampled Ombudsman decisions, added up: ${council.name}`,
		kind: 'compiled',
		value: sumFigures(parts.map((p) => p.value)),
		unit: 'gbp',
		period: 'the decisions in the sample',
		parts,
		observations: [],
		seedFigures: [],
		citations: uniqueCitations(parts.map((p) => p.citation)),
		note: `A sample of decisions found, not a count: ${stated.length} of the ${decisions.length} sampled decisions about ${council.name} state an amount. Payments whose amount is not stated are left out of the sum, not counted as nothing.`,
	};
}

const TRIBUNAL_KEY = /^tribunal-(council-upheld|family-favour)-(\d{4})-(\d{2})$/;

// The Tribunal outcome shares are national: the MoJ does not publish outcomes by council
// (send_tribunal_national_outcomes.csv.source.txt), so this evidence is England's whatever the claim's council.
function tribunalOutcome(key: string, match: RegExpExecArray, data: ScrutinyData): Evidence {
	const which = match[1] as 'council-upheld' | 'family-favour';
	const year = `${match[2]!}/${match[3]!}`;
	const outcome = data.redress?.().tribunalOutcomes.find((y) => y.academicYear === year);
	const share = which === 'council-upheld' ? outcome?.councilUpheld : outcome?.familyFavour;
	if (!share) throw new Error(`evidence "${key}": no national Tribunal outcome for ${year}`);
	const source = data.source('send-tribunal-national-outcomes');
	const what =
		which === 'council-upheld'
			? "Appeals decided by the SEND Tribunal in England where the council's decision was upheld"
			: "Appeals decided by the SEND Tribunal in England in the family's favour";
	const citation: Citation = {
		sourceId: source.id,
		source,
		label: share.source.name,
		url: share.source.url,
		where: fileLines(source.file, share.lines),
		calculation: share.calculation,
	};
	const value = published(share.value);
	return {
		key,
		label: what,
		kind: 'reported',
		value,
		unit: 'percent',
		digits: 1,
		period: `academic year ${year}`,
		parts: [
			{
				label: `England, ${year}`,
				value,
				unit: 'percent',
				digits: 1,
				numerator: share.numerator,
				denominator: share.denominator,
				breakInSeries: false,
				quote: null,
				citation,
			},
		],
		observations: [],
		seedFigures: [],
		citations: [citation],
		note: `England as a whole: the Ministry of Justice does not publish Tribunal outcomes by council.${share.source.origin === 'secondary' ? ` As quoted in ${share.source.name.split(',')[0]!}.` : ''}`,
	};
}

/**
 * The evidence a key names, computed from the data for the claim's council.
 * Throws for an unknown key or a figure the data does not hold, so a bad claim fails the build.
 */
export function claimEvidence(key: string, council: Council, data: ScrutinyData): Evidence {
	if (key.startsWith('seed:')) return seedEvidence(key, key.slice('seed:'.length), council, data);
	if (key === 'lgsco-upheld-vs-similar') return lgscoUpheld(key, council, data);
	if (key === 'lgsco-payments-in-sample') return lgscoPayments(key, council, data);
	const tribunal = TRIBUNAL_KEY.exec(key);
	if (tribunal) return tribunalOutcome(key, tribunal, data);
	const sum = SUM_KEY.exec(key);
	if (sum) return transfersSum(key, sum, council, data);
	const series = SERIES_KEY.exec(key);
	if (series) return seriesEvidence(key, series, council, data);
	throw new Error(`unknown evidence key "${key}" (see src/lib/scrutiny/claimEvidence.ts for the forms a key can take)`);
}

/** True when a key has one of the forms claimEvidence understands (it may still name a missing figure). */
export function isEvidenceKey(key: string): boolean {
	return (
		key.startsWith('seed:') ||
		key === 'lgsco-upheld-vs-similar' ||
		key === 'lgsco-payments-in-sample' ||
		TRIBUNAL_KEY.test(key) ||
		SUM_KEY.test(key) ||
		SERIES_KEY.test(key)
	);
}
