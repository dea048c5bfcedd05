import { parseEesTable, type EesParsed, type EesSpec, type MeasureColumns } from './eesTable';

// DfE requests.csv (2025 release, calendar 2019–2024; 2026-release extract for 2025).
// requests_decided_not_to_assess is DfE's "refused" count; the refusal rate is computed from
// the two counts (see src/lib/metrics/refusalRate.ts) because request_not_assess_pc is "x"
// before 2023.
export const EHCP_REQUESTS_SPEC: EesSpec = {
	timePeriod: 'calendar',
	timeIdentifier: 'Calendar year',
	breakdown: {
		column: 'breakdown_topic',
		all: ['All requests for EHC needs assessments', 'All requests for an EHC needs assessment'],
	},
	columns: {
		requests_received_in_year: 'count',
		requests_decided_not_to_assess: 'count',
	},
};

export const EHCP_REQUESTS_MEASURES: Record<string, MeasureColumns> = {
	requests: { value: 'requests_received_in_year' },
	refusals: { value: 'requests_decided_not_to_assess' },
};

/** Parses a DfE requests.csv (2025 release or 2026 extract) into validated all-requests rows. */
export function parseEhcpRequests(text: string, file: string, years?: EesSpec['years']): EesParsed {
	return parseEesTable(text, file, years ? { ...EHCP_REQUESTS_SPEC, years } : EHCP_REQUESTS_SPEC);
}
