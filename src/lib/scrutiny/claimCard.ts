import type { Council } from '../model/council';
import { formatCount } from '../format/formatCount';
import { formatIsoDate } from '../format/formatIsoDate';
import { formatPeriod, parsePeriod, periodStart } from '../model/period';
import type { ScrutinyData } from './scrutinyData';
import type { ClaimData, Verdict } from './claimSchema';
import { claimEvidence, type Evidence, type EvidencePart } from './claimEvidence';
import { citeDocumentLine, citeSeedFigure, type Citation } from './citation';
import { formatValue } from './formatValue';
import { monthName } from '../format/monthName';
import { findQuoteLines } from '../text/findQuoteLines';

/** A claim as the content collection gives it: the entry id and its validated frontmatter. */
export interface ClaimEntry {
	id: string;
	data: ClaimData;
}

/** One figure of a piece of evidence, formatted. */
export interface EvidencePartView {
	label: string;
	valueText: string;
	/** "52 of 444" for a rate whose counts are published. */
	countsText: string | null;
	breakInSeries: boolean;
	quote: string | null;
	citation: Citation;
}

/** A piece of evidence, formatted for a claim card. */
export interface EvidenceView {
	key: string;
	label: string;
	kind: Evidence['kind'];
	/** "Official statistics", "Stated in a document", "Compiled from Ombudsman pages". */
	kindLabel: string;
	period: string;
	/** The single figure or total; null for a series (see parts). */
	valueText: string | null;
	parts: EvidencePartView[];
	note: string | null;
	citations: Citation[];
}

/** Everything a claim card shows, built from the claim and the data. */
export interface ClaimCardModel {
	id: string;
	council: Council;
	who: string;
	/** The date in words: "17 July 2018", "July 2018" or "2024". */
	dateText: string;
	/** The date as the claim file gives it: "2018-07-17", "2018-07" or "2024". */
	date: string;
	dateNote: string | null;
	quote: string;
	/** The document and the line the quote starts on. */
	quoteCitation: Citation;
	/** The claimed number, with the document's hedge, when the claim has one. */
	claimed: { label: string; valueText: string; period: string } | null;
	measure: { id: string; label: string; definition: string } | null;
	period: string;
	verdict: Verdict;
	verdictReason: string;
	/** The figures the verdict is argued from: the period the claim speaks of. */
	evidence: EvidenceView[];
	/** Figures from the same period that explain the verdict without deciding it. */
	context: EvidenceView[];
	/** Figures for later periods, or published later: shown as later, never argued from. */
	later: EvidenceView[];
}

const KIND_LABELS: Record<Evidence['kind'], string> = {
	official: 'Official statistics',
	document: 'Stated in a document',
	compiled: 'Compiled from Ombudsman pages',
	reported: 'Ministry of Justice figures, as published or reported',
};

/** An ISO date of any precision in words: "2018-07-17" → "17 July 2018", "2018-07" → "July 2018", "2024" → "2024". */
export function claimDateText(iso: string): string {
	if (/^\d{4}$/.test(iso)) return iso;
	const month = /^(\d{4})-(\d{2})$/.exec(iso);
	if (month) return `${monthName(Number(month[2]))} ${month[1]}`;
	return formatIsoDate(iso) ?? iso;
}

function partView(p: EvidencePart): EvidencePartView {
	return {
		label: p.label,
		valueText: formatValue(p.value, p.unit, {
			...(p.digits !== undefined ? { digits: p.digits } : {}),
			...(p.qualifier ? { qualifier: p.qualifier } : {}),
			...(p.citation.sourceId === 'lgsco-council-statistics' ? { absentWords: 'not seen' } : {}),
		}),
		countsText:
			p.numerator != null && p.denominator != null
				? `${formatCount(p.numerator)} of ${formatCount(p.denominator)}`
				: null,
		breakInSeries: p.breakInSeries,
		quote: p.quote,
		citation: p.citation,
	};
}

/** A piece of evidence, formatted for display. */
export function evidenceView(e: Evidence): EvidenceView {
	return {
		key: e.key,
		label: e.label,
		kind: e.kind,
		kindLabel: KIND_LABELS[e.kind],
		period: e.period,
		valueText: e.value
			? formatValue(e.value, e.unit, {
					...(e.digits !== undefined ? { digits: e.digits } : {}),
					...(e.qualifier ? { qualifier: e.qualifier } : {}),
				})
			: null,
		parts: e.parts.map(partView),
		note: e.note,
		citations: e.citations,
	};
}

function measureOf(id: string | undefined, data: ScrutinyData): ClaimCardModel['measure'] {
	if (!id) return null;
	const m = data.measure(id);
	return { id, label: m.label, definition: m.definition };
}

/**
 * The first observation of a piece of evidence whose period begins after the claim was made, or
 * null. A claim dated only by year or month is compared at that precision ("2024" admits 2024).
 */
export function laterObservation(e: Evidence, claimDate: string): Evidence['observations'][number] | null {
	for (const o of e.observations) {
		const period = parsePeriod(o.periodKind, o.period);
		if ('error' in period) continue;
		if (periodStart(period).slice(0, claimDate.length) > claimDate) return o;
	}
	return null;
}

/**
 * Builds a claim card from a claim and the data: the quote and claimed number from the seed
 * figure, every evidence key computed. Throws when the claim names a council, figure, source or
 * key the data does not hold, or when its quote is not in the document, so the build fails.
 */
export function claimCard(claim: ClaimEntry, data: ScrutinyData): ClaimCardModel {
	const c = claim.data;
	const where = `src/content/claims/${claim.id}`;
	const council = data.councils().find((x) => x.slug === c.council);
	if (!council) throw new Error(`${where}: no council with slug "${c.council}"`);
	const source = data.source(c.source);
	let quote: string;
	let quoteCitation: Citation;
	let claimed: ClaimCardModel['claimed'] = null;
	if (c.claimFigure) {
		const seed = data.seedFigures().find((s) => s.id === c.claimFigure);
		if (!seed) throw new Error(`${where}: claimFigure "${c.claimFigure}" is not in data/transcribed/seed-figures.csv`);
		if (seed.sourceId !== c.source)
			throw new Error(
				`${where}: claimFigure "${seed.id}" comes from "${seed.sourceId}", not from source "${c.source}"`,
			);
		quote = c.quote ?? seed.quote;
		quoteCitation = citeSeedFigure(seed, source);
		const label = data.seedMeasures().find((m) => m.id === seed.measure)?.label ?? seed.measure;
		claimed = {
			label,
			valueText: formatValue(seed.value, seed.unit, { qualifier: seed.qualifier }),
			period: seed.period ? formatPeriod(seed.period) : 'no date or period stated',
		};
	} else {
		quote = c.quote!;
		const line = findQuoteLines(data.documentText(c.source), quote)[0];
		if (line === undefined) throw new Error(`${where}: the quote is not word for word in ${source.file || c.source}`);
		quoteCitation = citeDocumentLine(source, line);
	}
	return {
		id: claim.id,
		council,
		who: c.who,
		dateText: claimDateText(c.date),
		date: c.date,
		dateNote: c.dateNote ?? null,
		quote,
		quoteCitation,
		claimed,
		measure: measureOf(c.measure, data),
		period: c.period,
		verdict: c.verdict,
		verdictReason: c.verdictReason,
		evidence: c.evidence.map((key) => {
			const e = claimEvidence(key, council, data);
			const late = laterObservation(e, c.date);
			if (late)
				throw new Error(
					`${where}: evidence "${key}" includes ${late.period}, which begins after the claim (${c.date}); list it under later`,
				);
			return evidenceView(e);
		}),
		context: c.context.map((key) => evidenceView(claimEvidence(key, council, data))),
		later: c.later.map((key) => evidenceView(claimEvidence(key, council, data))),
	};
}

/** The claims about one council, oldest first. */
export function claimsForCouncil<T extends ClaimEntry>(claims: readonly T[], slug: string): T[] {
	return claims
		.filter((c) => c.data.council === slug)
		.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
}
