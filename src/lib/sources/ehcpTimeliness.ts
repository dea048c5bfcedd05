import { parseEesTable, type EesParsed, type EesSpec, type MeasureColumns } from './eesTable';

// DfE "Education, health and care plans", timeliness_20_week.csv (2025 release, calendar
// 2019–2024) and its 2026-release successor (calendar 2025). Columns per the data guidance in
// timeliness_20_week.csv.source.txt; "_ex" = excluding exception cases, DfE's headline measure.
export const EHCP_TIMELINESS_SPEC: EesSpec = {
	timePeriod: 'calendar',
	timeIdentifier: 'Calendar year',
	// The 2025 release calls the all-plans row "All EHC plans issued", the 2026 release "All EHC plans".
	breakdown: { column: 'breakdown_topic', all: ['All EHC plans issued', 'All EHC plans'] },
	columns: {
		plans_issued_den: 'count',
		plans_issued_den_ex: 'count',
		plans_issued_within_20_weeks: 'count',
		plans_issued_20_weeks_ex: 'count',
		pc_plans_issued_within_20_weeks: 'percent',
		pc_plans_issued_20_weeks_ex: 'percent',
		plans_issued_gt20weeks_ltyear: 'count',
		pc_plans_issued_gt20weeks_ltyear: 'percent',
		plans_issued_gt_1_year: 'count',
		pc_plans_issued_gt_1_year: 'percent',
	},
	// Mean weeks from request to plan, new in the 2026 release (its .source.txt).
	optionalColumns: { avg_weeks_issue_plan: 'weeks', avg_weeks_issue_plan_exc: 'weeks' },
};

/** Measures read from the timeliness file, by measure id (data/reference/measures.csv). */
export const EHCP_TIMELINESS_MEASURES: Record<string, MeasureColumns> = {
	plans_issued: { value: 'plans_issued_den' },
	timeliness_20wk_excl: {
		value: 'pc_plans_issued_20_weeks_ex',
		numerator: 'plans_issued_20_weeks_ex',
		denominator: 'plans_issued_den_ex',
	},
	timeliness_20wk_incl: {
		value: 'pc_plans_issued_within_20_weeks',
		numerator: 'plans_issued_within_20_weeks',
		denominator: 'plans_issued_den',
	},
	timeliness_20_52wk_incl: {
		value: 'pc_plans_issued_gt20weeks_ltyear',
		numerator: 'plans_issued_gt20weeks_ltyear',
		denominator: 'plans_issued_den',
	},
	timeliness_over_52wk_incl: {
		value: 'pc_plans_issued_gt_1_year',
		numerator: 'plans_issued_gt_1_year',
		denominator: 'plans_issued_den',
	},
	weeks_to_plan_excl: { value: 'avg_weeks_issue_plan_exc', optional: true },
	weeks_to_plan_incl: { value: 'avg_weeks_issue_plan', optional: true },
};

/** Parses a DfE timeliness_20_week.csv (2025 or 2026 release) into validated all-plans rows. */
export function parseEhcpTimeliness(text: string, file: string, years?: EesSpec['years']): EesParsed {
	return parseEesTable(text, file, years ? { ...EHCP_TIMELINESS_SPEC, years } : EHCP_TIMELINESS_SPEC);
}
