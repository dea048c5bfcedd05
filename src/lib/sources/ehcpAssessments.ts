import { parseEesTable, type EesParsed, type EesSpec } from './eesTable';

// DfE assessments.csv (2025 release, calendar 2019–2024) and its 2026-release successor (calendar
// 2025): EHC needs assessments completed in the year and how they ended. Columns per the data
// guidance in assessments.csv.source.txt; DfE's note 2: percentages apply only where a decision was
// made. No measure on the site uses these figures yet, but every row is validated so the files are
// known to be sound before one does.
export const EHCP_ASSESSMENTS_SPEC: EesSpec = {
	timePeriod: 'calendar',
	timeIdentifier: 'Calendar year',
	breakdown: { column: 'breakdown_topic', all: ['All EHC needs assessments'] },
	columns: {
		assess_in_year: 'count',
		assess_issued: 'count',
		assess_issued_pc: 'percent',
		assess_not_issued: 'count',
		assess_not_issued_pc: 'percent',
		assess_not_made: 'count',
		assess_not_made_pc: 'percent',
		assess_withdrawn: 'count',
		assess_withdrawn_pc: 'percent',
		outcome_decision_within_time: 'count',
		outcome_decision_over_time: 'count',
		outcome_decision_within_time_pc: 'percent',
		outcome_decision_over_time_pc: 'percent',
	},
};

/** Parses a DfE assessments.csv (2025 or 2026 release) into validated all-assessments rows. */
export function parseEhcpAssessments(text: string, file: string): EesParsed {
	return parseEesTable(text, file, EHCP_ASSESSMENTS_SPEC);
}
