import { parseEesTable, type EesParsed, type EesSpec, type MeasureColumns } from './eesTable';
import type { EesRow } from './eesTable';
import type { Period } from '../model/period';

// DfE caseload.csv (2025 release): EHC plans in place at the January census. time_period is an
// academic-year code: 202425 is the census of January 2025 (shared/data/README.md).
export const EHCP_CASELOAD_SPEC: EesSpec = {
	timePeriod: 'academic',
	timeIdentifier: 'Academic year',
	breakdown: { column: 'breakdown_topic', all: ['All EHC plans'] },
	columns: { ehcplans: 'count' },
};

export const EHCP_CASELOAD_MEASURES: Record<string, MeasureColumns> = {
	plans_in_place: { value: 'ehcplans' },
};

/** The census month of an academic-year caseload row: 202425 → January 2025. */
export const caseloadCensus = (row: EesRow): Period => ({ kind: 'january', year: row.year + 1 });

/** Parses the DfE caseload.csv into validated all-plans rows. */
export function parseEhcpCaseload(text: string, file: string): EesParsed {
	return parseEesTable(text, file, EHCP_CASELOAD_SPEC);
}
