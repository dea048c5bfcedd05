import type { CodeCorrection } from './codeCorrections';
import { parseMojAppealRateTable, type AppealRateLayout, type AppealRateParsed } from './mojAppealRateTable';

// MoJ/HMCTS + DfE "SEND tribunal appealable decisions rate 2024 - 2025"
// (SEND_appealable_decisions_rate_2024-2025.csv.source.txt): the same table shape as the
// 2014–2024 file, read by the same reader (mojAppealRateTable.ts), with its own quirks: six lines before the header (two
// titles, the sources, blanks); counts without thousands separators ("3124"); zero printed both
// " - " and "0"; "Appeals" over 2025 but "Appeals registered" over 2024; no "In development"
// columns. Both years use the new method (footnote 5: decisions from annual reviews completed),
// which is not comparable with the 2014–2024 file's old-method rates. Codes for Central
// Bedfordshire and Cambridgeshire are swapped (data/reference/code-corrections.csv).
export const APPEAL_RATE_2024_TO_2025_LAYOUT: AppealRateLayout = {
	method: 'new',
	inDevelopment: false,
	// Every council in this file existed in both years; an empty cell is always a problem.
	blankYearsInAbolishedRows: false,
	knownBlankCells: [],
	unreadLines: [],
};

/** Parses SEND_appealable_decisions_rate_2024-2025.csv into one new-method row per council and year. */
export function parseTribunalAppealRate2024to2025(
	text: string,
	file: string,
	corrections: readonly CodeCorrection[],
): AppealRateParsed {
	return parseMojAppealRateTable(text, file, corrections, APPEAL_RATE_2024_TO_2025_LAYOUT);
}
