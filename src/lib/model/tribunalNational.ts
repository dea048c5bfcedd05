import type { CitedSource } from './citedSource';

// National (England) SEND Tribunal figures by academic year, as read from the MoJ's published
// outcomes (src/lib/sources/tribunalNationalOutcomes.ts parses them). Shared by the parser, the
// pipeline and metrics, so it lives in the model rather than in the source module.

/** The measures the file holds; an unknown one stops the build rather than being shown unread. */
export const TRIBUNAL_NATIONAL_MEASURES = {
	appeals_registered_national: 'count',
	appeals_decided_national: 'count',
	appeals_decided_at_hearing: 'count',
	appeals_decided_by_tribunal: 'count',
	appeals_disposed_national: 'count',
	appeals_resolved_national: 'count',
	open_caseload_end_sep_2025: 'count',
	cases_withdrawn_or_conceded: 'count',
	decided_in_favour_of_appellant_national: 'count',
	decided_la_decision_upheld_national: 'count',
	pct_decided_in_favour_of_appellant: 'percent',
	pct_decided_la_decision_upheld: 'percent',
	pct_registered_appeals_decided: 'percent',
	pct_registered_refusal_to_assess: 'percent',
	pct_registered_refusal_to_issue_plan: 'percent',
	pct_registered_content_of_plan: 'percent',
	section_i_pct_parent_preference: 'percent',
	section_i_pct_la_agreed_with_parent_at_hearing: 'percent',
	section_i_pct_la_preference: 'percent',
} as const;
export type TribunalNationalMeasure = keyof typeof TRIBUNAL_NATIONAL_MEASURES;

/** One national Tribunal figure. */
export interface TribunalNationalRow {
	line: number;
	/** Academic year as written, e.g. "2022/23" (1 September to 31 August). */
	academicYear: string;
	startYear: number;
	measure: TribunalNationalMeasure;
	value: number;
	unit: 'count' | 'percent';
	/** True when the source rounded the figure ("about 21,000", "99%"). */
	rounded: boolean;
	source: CitedSource;
	note: string;
}
