import type { Observation } from '../model/observation';
import type { Problem } from '../problems';
import type { Period } from '../model/period';
import type { SeriesFormat } from '../sources/formats';
import type { CodeCorrection } from '../sources/codeCorrections';
import type { EesParsed, EesRow, MeasureColumns } from '../sources/eesTable';
import { eesToObservations } from '../transforms/eesToObservations';
import { parseEhcpCaseload, EHCP_CASELOAD_MEASURES, caseloadCensus } from '../sources/ehcpCaseload';
import { parseEhcpTimeliness, EHCP_TIMELINESS_MEASURES } from '../sources/ehcpTimeliness';
import { parseEhcpRequests, EHCP_REQUESTS_MEASURES } from '../sources/ehcpRequests';
import { parseEhcpNewPlans, EHCP_NEW_PLANS_MEASURES } from '../sources/ehcpNewPlans';
import { parseEhcpAssessments } from '../sources/ehcpAssessments';
import { parseSen2Mi, SEN2_MI_FLOW_MEASURES, SEN2_MI_TRANSFER_MEASURES } from '../sources/sen2Mi';
import {
	parseSen2AgeCaseload,
	SEN2_STATEMENTS_MEASURES,
	SEN2_PLANS_MEASURES,
	januaryOf,
} from '../sources/sen2AgeCaseload';
import { parseTribunalAppealRate2014to2024 } from '../sources/tribunalAppealRate2014to2024';
import type { AppealRateParsed } from '../sources/mojAppealRateTable';
import { parseTribunalAppealRate2024to2025 } from '../sources/tribunalAppealRate2024to2025';
import { appealObservations } from './appealObservations';

// One reader per series format (src/lib/sources/formats.ts), so the pipeline opens every file
// that data/reference/sources.csv lists by the format written beside it, with no path in code.

/** One row of a series file: where and when, and the observations it would give. */
export interface SeriesRecord {
	line: number;
	areaType: Observation['areaType'];
	/** DfE code of a council row (resolved to the council's current ONS code by the pipeline). */
	dfeCode: string | null;
	name: string;
	/** Year of the period the row's figures are for (January 2025 → 2025), for the `years` column. */
	year: number;
	/** How the row is named when it is set aside, e.g. "year 2019" or "new-method 2024 figures". */
	label: string;
	/** Observations with the area code as printed; a council's is replaced by its current ONS code. */
	observations: Observation[];
}

export interface SeriesRead {
	/** Data rows read, and rows set aside while reading (breakdowns) with the reason. */
	read: number;
	setAside: Record<string, number>;
	problems: Problem[];
	records: SeriesRecord[];
	/** The validated EES rows, for a caseload file the council list is derived from. */
	eesRows?: EesRow[];
}

export interface ReadContext {
	sourceId: string;
	corrections: readonly CodeCorrection[];
}

type Reader = (text: string, file: string, context: ReadContext) => SeriesRead;

interface EesUse {
	measures: Record<string, MeasureColumns>;
	period?: (row: EesRow) => Period;
}

/** The year a period is filed under in the `years` column: January 2025 → 2025, 2022/23 → 2022. */
const periodYear = (p: Period): number =>
	p.kind === 'calendar' || p.kind === 'january' ? p.year : 'startYear' in p ? p.startYear : Number.NaN;

/** "year 2019", or "year 202425" for an academic-year row, as DfE writes time_period. */
const eesLabel = (row: EesRow): string =>
	row.period.kind === 'academic'
		? `year ${row.year}${String((row.year + 1) % 100).padStart(2, '0')}`
		: `year ${row.year}`;

/** `keepRows`: hand back the validated rows too (only the caseload file, which the council list is derived from). */
function ees(parse: (text: string, file: string) => EesParsed, uses: EesUse[], keepRows = false): Reader {
	return (text, file, { sourceId }) => {
		const parsed = parse(text, file);
		const records = parsed.rows.map((row): SeriesRecord => {
			const observations = uses.flatMap((use) =>
				eesToObservations([row], use.measures, { sourceId, file, ...(use.period ? { period: use.period } : {}) }),
			);
			const period = uses[0]?.period ? uses[0].period(row) : row.period;
			return {
				line: row.line,
				areaType: row.areaType,
				dfeCode: row.dfeCode,
				name: row.name,
				year: periodYear(period),
				label: eesLabel(row),
				observations,
			};
		});
		return {
			read: parsed.read,
			setAside: { ...parsed.setAside },
			problems: parsed.problems,
			records,
			...(keepRows ? { eesRows: parsed.rows } : {}),
		};
	};
}

function moj(parse: (text: string, file: string, corrections: readonly CodeCorrection[]) => AppealRateParsed): Reader {
	return (text, file, { sourceId, corrections }) => {
		const parsed = parse(text, file, corrections);
		// Both methods' rows of one year carry the same appeals registered (the method changes only
		// the decisions counted), so a file gives the count once: from the original-method row where
		// it has one.
		const hasOld = new Set(parsed.rows.filter((r) => r.method === 'old').map((r) => `${r.line}|${r.year}`));
		const records = parsed.rows.map((row): SeriesRecord => {
			const areaCode = row.area === 'england' ? 'E92000001' : '';
			const appealsHere = row.method === 'old' || !hasOld.has(`${row.line}|${row.year}`);
			return {
				line: row.line,
				areaType: row.area === 'england' ? 'england' : 'council',
				dfeCode: row.dfeCode,
				name: row.laName,
				year: row.year,
				label: `${row.method}-method ${row.year} figures`,
				observations: appealObservations([{ ...row, areaCode }], {
					sourceId,
					file,
					takes: () => true,
					takesAppeals: () => appealsHere,
				}),
			};
		});
		return { read: parsed.rows.length, setAside: {}, problems: parsed.problems, records };
	};
}

/**
 * A format whose figures no measure uses yet: every row is validated (a bad cell stops the build)
 * and every total row is set aside and counted, saying why, so nothing is dropped unseen.
 */
function validatedOnly(parse: (text: string, file: string) => EesParsed, what: string): Reader {
	return (text, file) => {
		const parsed = parse(text, file);
		const setAside = { ...parsed.setAside };
		if (parsed.rows.length > 0) setAside[`${what}: checked, not yet shown on this site`] = parsed.rows.length;
		return { read: parsed.read, setAside, problems: parsed.problems, records: [] };
	};
}

/** The reader of each series format. A new format is a reader module in src/lib/sources and a line here. */
export const SERIES_READERS: Record<SeriesFormat, Reader> = {
	'dfe-ees-caseload': ees(parseEhcpCaseload, [{ measures: EHCP_CASELOAD_MEASURES, period: caseloadCensus }], true),
	'dfe-sen2-mi': ees(parseSen2Mi, [{ measures: SEN2_MI_FLOW_MEASURES }, { measures: SEN2_MI_TRANSFER_MEASURES }]),
	'dfe-sen2-age-caseload': ees(parseSen2AgeCaseload, [
		{ measures: SEN2_STATEMENTS_MEASURES, period: januaryOf },
		{ measures: SEN2_PLANS_MEASURES, period: januaryOf },
	]),
	'dfe-ees-timeliness': ees(parseEhcpTimeliness, [{ measures: EHCP_TIMELINESS_MEASURES }]),
	'dfe-ees-requests': ees(parseEhcpRequests, [{ measures: EHCP_REQUESTS_MEASURES }]),
	'dfe-ees-newplans': ees(parseEhcpNewPlans, [{ measures: EHCP_NEW_PLANS_MEASURES }]),
	'moj-appeal-rate-by-year': moj(parseTribunalAppealRate2014to2024),
	'moj-appeal-rate-new-method': moj(parseTribunalAppealRate2024to2025),
	'dfe-ees-assessments': validatedOnly(parseEhcpAssessments, 'EHC needs assessments'),
};
