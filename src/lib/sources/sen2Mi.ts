import { parseEesTable, type EesParsed, type EesSpec, type MeasureColumns } from './eesTable';

// DfE SEN2 management information, sen2_mi.csv of the 2023 release (calendar 2014–2022,
// snake_case names; sen2_mi.csv.source.txt maps them 1:1 to the 2022 release's names).
// It is the only source for 2014–2018: timeliness, requests, refusals and statement transfers.
export const SEN2_MI_SPEC: EesSpec = {
	timePeriod: 'calendar',
	timeIdentifier: 'Calendar year',
	columns: {
		tot_inc_exc_ehc: 'count',
		tot_no_exc_ehc: 'count',
		inc_exc_20week_ehc: 'count',
		inc_exc_20week_rate: 'percent',
		no_exc_20week_ehc: 'count',
		no_exc_20week_rate: 'percent',
		inreq_ehc: 'count',
		ass_refused_ehc: 'count',
		statements_to_ehc: 'count',
		statements_no_ehc: 'count',
	},
};

/** Flow measures for 2014–2018, before the 2025 release's files begin. */
export const SEN2_MI_FLOW_MEASURES: Record<string, MeasureColumns> = {
	plans_issued: { value: 'tot_inc_exc_ehc' },
	timeliness_20wk_excl: { value: 'no_exc_20week_rate', numerator: 'no_exc_20week_ehc', denominator: 'tot_no_exc_ehc' },
	timeliness_20wk_incl: {
		value: 'inc_exc_20week_rate',
		numerator: 'inc_exc_20week_ehc',
		denominator: 'tot_inc_exc_ehc',
	},
	requests: { value: 'inreq_ehc' },
	refusals: { value: 'ass_refused_ehc' },
};

/** The statement-to-EHC-plan conversion, 2014–2018 (every statement was due to transfer by 31 March 2018). */
export const SEN2_MI_TRANSFER_MEASURES: Record<string, MeasureColumns> = {
	statements_transferred: { value: 'statements_to_ehc' },
	statements_not_transferred: { value: 'statements_no_ehc' },
};

/** Parses sen2_mi.csv (2023 release) into validated rows for the years asked for. */
export function parseSen2Mi(text: string, file: string, years?: EesSpec['years']): EesParsed {
	return parseEesTable(text, file, years ? { ...SEN2_MI_SPEC, years } : SEN2_MI_SPEC);
}
