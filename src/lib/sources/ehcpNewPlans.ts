import { parseEesTable, type EesParsed, type EesSpec, type MeasureColumns } from './eesTable';

// DfE newplans.csv: new EHC plans made in the calendar year, DfE's own count (its data guidance:
// new_ehc_plans = "Total number of new EHC plans"). It is larger than the timeliness file's
// plans_issued_den, which counts only plans with a known time taken (2026 release, newplans
// .source.txt), so the two are kept as separate measures.
export const EHCP_NEW_PLANS_SPEC: EesSpec = {
	timePeriod: 'calendar',
	timeIdentifier: 'Calendar year',
	// The 2025 release labels the all-plans row "New EHC plans", the 2026 release "All new EHC plans".
	breakdown: { column: 'breakdown_topic', all: ['New EHC plans', 'All new EHC plans'] },
	columns: { new_ehc_plans: 'count' },
};

export const EHCP_NEW_PLANS_MEASURES: Record<string, MeasureColumns> = {
	new_plans: { value: 'new_ehc_plans' },
};

/** Parses a DfE newplans.csv (2025 or 2026 release) into validated all-new-plans rows. */
export function parseEhcpNewPlans(text: string, file: string, years?: EesSpec['years']): EesParsed {
	return parseEesTable(text, file, years ? { ...EHCP_NEW_PLANS_SPEC, years } : EHCP_NEW_PLANS_SPEC);
}
