import { z } from 'zod';
import { dfeLaCode, requiredText } from '../csv/cells';
import { readValidatedTable } from '../csv/readValidatedTable';
import type { Parsed } from '../problems';

// data/reference/code-corrections.csv is the one place where a DfE LA code printed wrongly in a
// published file is put right. Each row names the file, the council as the parser reports it
// (footnote markers such as the "5" of "Poole5" removed) and the code exactly as printed (blank
// when the file printed none), so a correction fires only on the exact misprint: a republished
// file with the code fixed no longer matches and is read as published.

/** One hand-checked correction of a DfE LA code printed in a published file. */
export interface CodeCorrection {
	line: number;
	/** File name as published, without its folder, e.g. SEND_Tribunals_and_appeal_rate_2014-2024.csv. */
	file: string;
	laName: string;
	/** The code as printed; "" when the file printed no code for the council. */
	publishedCode: string;
	correctCode: string;
	reason: string;
	/**
	 * Years whose figures may still belong to another council after the code is put right (e.g. a
	 * row whose codes were swapped and whose 2024 counts look like the other council's). The
	 * data-quality rule "uncertain_correction" marks those figures as doubtful.
	 */
	uncertainPeriods: string[];
}

/** What applyCodeCorrection decided for one council row. */
export interface CodeCorrectionResult {
	code: string;
	corrected: boolean;
	/** Why the code was changed, from the corrections file; only when corrected. */
	reason?: string;
}

/** The columns of data/reference/code-corrections.csv, read from string cells. */
export const CodeCorrectionCellsSchema = z.object({
	file: requiredText(),
	la_name: requiredText(),
	published_code: z
		.string()
		.trim()
		.regex(/^(\d{3})?$/, { message: 'expected the three-digit code as printed, or blank when none was printed' }),
	correct_code: dfeLaCode(),
	reason: requiredText(),
	uncertain_periods: z
		.string()
		.trim()
		.regex(/^(\d{4}( \d{4})*)?$/, { message: 'expected blank or four-digit years separated by spaces, e.g. 2024' }),
});

const COLUMNS = ['file', 'la_name', 'published_code', 'correct_code', 'reason', 'uncertain_periods'] as const;

/** The file name without its folder, so a repo path and a bare name compare equal. */
function baseName(path: string): string {
	return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Parses data/reference/code-corrections.csv; a duplicate or no-op correction is a problem. */
export function parseCodeCorrections(text: string, file: string): Parsed<CodeCorrection> {
	const { rows, problems: all, lacksColumns } = readValidatedTable(text, file, CodeCorrectionCellsSchema);
	if (lacksColumns) return { rows: [], problems: all };
	const out: CodeCorrection[] = [];
	const seen = new Map<string, number>();
	for (const { line, row } of rows) {
		const correction: CodeCorrection = {
			line,
			file: baseName(row.file),
			laName: row.la_name,
			publishedCode: row.published_code,
			correctCode: row.correct_code,
			reason: row.reason,
			uncertainPeriods: row.uncertain_periods === '' ? [] : row.uncertain_periods.split(' '),
		};
		if (correction.publishedCode === correction.correctCode) {
			all.push({
				file,
				line,
				column: COLUMNS.indexOf('correct_code') + 1,
				message: `correct_code: a correction must change the code (got ${JSON.stringify(correction.correctCode)})`,
			});
			continue;
		}
		const key = `${correction.file}|${correction.laName}|${correction.publishedCode}`;
		const first = seen.get(key);
		if (first !== undefined) {
			all.push({
				file,
				line,
				column: 0,
				message: `duplicate correction: ${correction.laName} in ${correction.file} is already corrected on line ${first} (got ${JSON.stringify(correction.publishedCode)})`,
			});
			continue;
		}
		seen.set(key, line);
		out.push(correction);
	}
	return { rows: out, problems: all };
}

/**
 * The code to use for a council row: the correction's code when file, name and printed code all
 * match one correction, otherwise the printed code unchanged.
 */
export function applyCodeCorrection(
	corrections: readonly CodeCorrection[],
	fileName: string,
	laName: string,
	publishedCode: string,
): CodeCorrectionResult {
	const file = baseName(fileName);
	const name = laName.trim();
	const code = publishedCode.trim();
	const match = corrections.find((c) => c.file === file && c.laName === name && c.publishedCode === code);
	return match ? { code: match.correctCode, corrected: true, reason: match.reason } : { code, corrected: false };
}
