import type { AppealRateRow } from '../sources/mojAppealRateTable';
import type { Observation } from '../model/observation';
import type { Figure } from '../model/figure';

/** Which measure ids an appeal-rate row's three figures feed, by method. */
const MEASURES = {
	old: { decisions: 'appealable_decisions_old', rate: 'appeal_rate_old' },
	new: { decisions: 'appealable_decisions_new', rate: 'appeal_rate_new' },
} as const;

export interface AppealUse {
	sourceId: string;
	file: string;
	/** Which (method, year) pairs this file is the source for; others are set aside by the caller. */
	takes: (row: AppealRateRow) => boolean;
	/** Whether this file's appeals-registered count is used for the row's year. */
	takesAppeals: (row: AppealRateRow) => boolean;
}

/** Turns MoJ appeal-rate rows (councils already resolved to ONS codes) into observations. */
export function appealObservations(
	rows: readonly (AppealRateRow & { areaCode: string })[],
	use: AppealUse,
): Observation[] {
	const out: Observation[] = [];
	for (const row of rows) {
		if (!use.takes(row)) continue;
		const base = {
			areaType: row.area === 'england' ? ('england' as const) : ('council' as const),
			areaCode: row.areaCode,
			periodKind: 'calendar' as const,
			period: String(row.year),
			sourceId: use.sourceId,
			file: use.file,
			line: row.line,
			// A corrected code travels with its figures, so pages can say in words what was changed; the
			// evidence for each correction, which names files, stays in data/reference/code-corrections.csv.
			...(row.codeCorrection
				? {
						note: `The Ministry of Justice printed ${row.codeCorrection.publishedCode ? 'the wrong council code' : 'no council code'} beside these figures; this site matched them to ${row.laName} by name.`,
					}
				: {}),
		};
		const count = (f: Figure) => (f.status === 'published' ? f.value : null);
		if (use.takesAppeals(row)) out.push({ ...base, measure: 'appeals_registered', figure: row.appealsRegistered });
		out.push({ ...base, measure: MEASURES[row.method].decisions, figure: row.appealableDecisions });
		out.push({
			...base,
			measure: MEASURES[row.method].rate,
			figure: row.appealRate,
			numerator: count(row.appealsRegistered),
			denominator: count(row.appealableDecisions),
		});
	}
	return out;
}
