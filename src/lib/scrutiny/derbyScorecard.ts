import type { Council } from '../model/council';
import type { Figure } from '../model/figure';
import { formatPeriod } from '../model/period';
import type { SeedFigure } from '../model/seedFigure';
import type { ScrutinyData } from './scrutinyData';
import { citeSeedFigure, type Citation } from './citation';
import { formatValue } from './formatValue';
import { fileLineSpan } from '../format/fileLine';

// Derby City Council's own SEND indicators, SEND1 to SEND14: Appendix 2 of its SEND Progress
// Update Report to scrutiny (data/raw/seeds/002_…, lines 321-437), transcribed row by row in
// data/transcribed/seed-figures.csv with ids of the form derby-2018-send<n>-<what>. Rows shown
// as "Work in progress" are kept as not_reported: a council not reporting its own indicator is
// itself a finding, and is never shown as zero.

/** The report whose Appendix 2 is the scorecard. */
export const DERBY_SCORECARD_SOURCE = 'seed-002-derby-scrutiny-report';

const SEND_REF = /-send(\d+)-/;

/** One figure of an indicator (SEND4 has one per transition year and a total). */
export interface ScorecardPart {
	label: string;
	figure: Figure;
	text: string;
	citation: Citation;
}

/** One indicator of the council's scorecard. */
export interface ScorecardRow {
	/** "SEND1" … "SEND14", as the report numbers them. */
	ref: string;
	label: string;
	parts: ScorecardPart[];
	/** False when the report shows the indicator as "Work in progress". */
	reported: boolean;
	/** The report's "position as at" date, in words. */
	asAt: string;
	/** The report's own words for the row. */
	quote: string;
}

/** The council's scorecard as it reported it. */
export interface Scorecard {
	council: Council;
	title: string;
	rows: ScorecardRow[];
	/** Indicators shown as "Work in progress". */
	notReported: ScorecardRow[];
	/** "5 of 14 indicators were not reported at 1 October 2018", built from the rows. */
	summary: string;
	citation: Citation;
}

const refNumber = (s: SeedFigure) => Number(SEND_REF.exec(s.id)?.[1]);

/**
 * Derby's SEND1–SEND14 from the seed figures, or null for any other council (or if the rows are
 * missing). Values keep their as-at dates; "Work in progress" rows are not reported, not zero.
 */
export function derbyScorecard(
	council: Council,
	data: Pick<ScrutinyData, 'seedFigures' | 'seedMeasures' | 'source'>,
): Scorecard | null {
	const rows = data
		.seedFigures()
		.filter((s) => s.sourceId === DERBY_SCORECARD_SOURCE && s.areaCode === council.onsCode && SEND_REF.test(s.id));
	if (rows.length === 0) return null;
	const source = data.source(DERBY_SCORECARD_SOURCE);
	const labelOf = (s: SeedFigure) => data.seedMeasures().find((m) => m.id === s.measure)?.label ?? s.measure;

	const byRef = new Map<number, SeedFigure[]>();
	for (const s of rows) byRef.set(refNumber(s), [...(byRef.get(refNumber(s)) ?? []), s]);

	const scorecard: ScorecardRow[] = [...byRef.entries()]
		.sort(([a], [b]) => a - b)
		.map(([n, figures]) => {
			const sorted = [...figures].sort((a, b) => a.csvLine - b.csvLine);
			// An indicator with several figures (SEND4) is named by its last, total row: "Children with
			// EHC plans at transition points: total" → "Children with EHC plans at transition points".
			const multi = sorted.length > 1;
			const label = multi ? (labelOf(sorted.at(-1)!).split(': ')[0] ?? '') : labelOf(sorted[0]!);
			const parts = sorted.map((s) => ({
				label: multi ? (labelOf(s).split(': ').at(-1) ?? labelOf(s)) : labelOf(s),
				figure: s.value,
				text: formatValue(s.value, s.unit, { qualifier: s.qualifier }),
				citation: citeSeedFigure(s, source),
			}));
			const first = sorted[0]!;
			return {
				ref: `SEND${n}`,
				label,
				parts,
				reported: sorted.every((s) => s.value.status === 'published'),
				asAt: first.period ? formatPeriod(first.period) : 'no date stated',
				quote: sorted.map((s) => s.quote).join(' … '),
			};
		});

	const notReported = scorecard.filter((r) => !r.reported);
	const lines = rows.map((s) => s.quoteLine);
	const dates = [...new Set(scorecard.map((r) => r.asAt))];
	return {
		council,
		title: source.title,
		rows: scorecard,
		notReported,
		summary: `${notReported.length} of the ${scorecard.length} indicators in the council's own scorecard were not reported ("Work in progress") at ${dates.join(' and ')}.`,
		citation: {
			...citeSeedFigure(rows[0]!, source),
			where: fileLineSpan(source.file, lines),
		},
	};
}
