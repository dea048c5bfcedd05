import { parseEesTable, type EesParsed, type EesSpec, type MeasureColumns } from './eesTable';
import type { EesRow } from './eesTable';
import type { Period } from '../model/period';

// DfE sen2_age_caseload.csv (2022 release): statements and EHC plans in place each January,
// 2010–2022. Its time_period says "Calendar year" but counts the January census of that year
// (sen2_age_caseload.csv.source.txt).
export const SEN2_AGE_CASELOAD_SPEC: EesSpec = {
	timePeriod: 'calendar',
	timeIdentifier: 'Calendar year',
	breakdown: { column: 'characteristic_age', all: ['Total'] },
	columns: { total_st: 'count', total_ehc: 'count' },
};

export const SEN2_STATEMENTS_MEASURES: Record<string, MeasureColumns> = {
	statements_in_place: { value: 'total_st' },
};
export const SEN2_PLANS_MEASURES: Record<string, MeasureColumns> = {
	plans_in_place: { value: 'total_ehc' },
};

/** A row of this file is the January census of its year. */
export const januaryOf = (row: EesRow): Period => ({ kind: 'january', year: row.year });

/** Parses sen2_age_caseload.csv into validated all-ages rows. */
export function parseSen2AgeCaseload(text: string, file: string, years?: EesSpec['years']): EesParsed {
	return parseEesTable(text, file, years ? { ...SEN2_AGE_CASELOAD_SPEC, years } : SEN2_AGE_CASELOAD_SPEC);
}
