import { z } from 'zod';
import { readValidatedTable } from '../csv/readValidatedTable';
import { requiredText, dfeLaCode } from '../csv/cells';
import type { Parsed } from '../problems';
import { duplicates } from './referenceTables';

// data/reference/missing-figures.csv: what a publisher says (or its totals show) about a council's
// figures that are missing from a release: a council with no row at all in the newest period
// (Leicester in DfE's 2025 timeliness), or a row of "x" that the publisher withheld (Halton).
// A gap that is not listed here stops the build, so no council silently falls back a year.

/** The reasons a missing figure can be given; the words the site prints are in STATUS_WORDS. */
export const MISSING_STATUSES = ['unavailable', 'suppressed'] as const;

const MissingFigureSchema = z.object({
	source_id: requiredText(),
	dfe_code: dfeLaCode(),
	la_name: requiredText(),
	status: z.enum(MISSING_STATUSES, {
		errorMap: () => ({ message: `status must be one of ${MISSING_STATUSES.join(', ')}` }),
	}),
	note: requiredText(),
});

/** One council's missing figures in one source file, with the words a reader is shown. */
export interface MissingFigure {
	line: number;
	sourceId: string;
	dfeCode: string;
	laName: string;
	status: (typeof MISSING_STATUSES)[number];
	note: string;
}

/** Parses data/reference/missing-figures.csv; one row per source file and council. */
export function parseMissingFigures(text: string, file: string): Parsed<MissingFigure> {
	const { rows, problems, lacksColumns } = readValidatedTable(text, file, MissingFigureSchema);
	if (lacksColumns) return { rows: [], problems };
	return {
		rows: rows.map(({ line, row }) => ({
			line,
			sourceId: row.source_id,
			dfeCode: row.dfe_code,
			laName: row.la_name,
			status: row.status,
			note: row.note,
		})),
		problems: [
			...problems,
			...duplicates(
				file,
				rows.map((r) => ({ line: r.line, key: `${r.row.source_id} ${r.row.dfe_code}` })),
				1,
			),
		],
	};
}
