import type { CodeCorrection } from './codeCorrections';
import { parseMojAppealRateTable, type AppealRateLayout, type AppealRateParsed } from './mojAppealRateTable';

// MoJ/HMCTS + DfE "SEND Appeal rate table 1", 2014–2024
// (SEND_Tribunals_and_appeal_rate_2014-2024.csv.source.txt), read by the MoJ appeal-rate table
// reader (mojAppealRateTable.ts); this module holds the file's own quirks.
export const APPEAL_RATE_2014_TO_2024_LAYOUT: AppealRateLayout = {
	method: 'old',
	inDevelopment: true,
	// Bournemouth, Poole (merged 2019, note 5), Northamptonshire (split 2021, note 7) and Cumbria
	// (split 2023, note 8) print ".." for the years after they ended but leave the 2024 cells empty
	// (Cumbria all five; the others all but the appeals cell, which reads " .. ").
	blankYearsInAbolishedRows: true,
	knownBlankCells: [
		// Line 165: Isles of Scilly 2023 appeals registered is empty, between " - " cells, beside 20
		// decisions and a 0.00% rate. The legend gives no meaning to an empty cell, so it is kept
		// as not reported; reading it as zero would be a guess, even if the rate suggests one.
		{ laName: 'Isles of Scilly', year: 2023, measure: 'appealsRegistered' },
	],
	unreadLines: [
		{
			// Line 175 prints 22,082 in the 2024 appeals column and 364,912 / 5.70% in the new-method
			// columns, but 22,082 / 364,912 is 6.05%, not 5.70%. The 5.70% matches 22,276 appeals less
			// the 1,505 of the six councils whose new-method decisions are suppressed (20,771 / 364,912
			// = 5.69%), so the three figures do not describe one total; the England Total row is read.
			name: 'England total excluding suppressed',
			reason: 'its appeals, decisions and rate do not recompute from one another',
		},
	],
};

/**
 * Parses SEND_Tribunals_and_appeal_rate_2014-2024.csv into one row per council, year and method
 * (old method 2014–2024, plus the "In development" new method for 2024).
 */
export function parseTribunalAppealRate2014to2024(
	text: string,
	file: string,
	corrections: readonly CodeCorrection[],
): AppealRateParsed {
	return parseMojAppealRateTable(text, file, corrections, APPEAL_RATE_2014_TO_2024_LAYOUT);
}
