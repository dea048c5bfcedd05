import { z } from 'zod';
import { onsCode, requiredText } from '../csv/cells';
import { readValidatedTable } from '../csv/readValidatedTable';
import { duplicates } from './referenceTables';
import type { Parsed } from '../problems';

// data/reference/ons-code-changes.csv: councils whose current ONS code (as in ONS's own lookups)
// differs from the code DfE's files still carry. A hand-made decision, so it lives in reference
// data: the next recoding is a new row, not a code change.

/** A council's current ONS code and the code DfE's files use for it. */
export interface OnsCodeChange {
	line: number;
	onsCode: string;
	dfeFileCode: string;
	name: string;
	reason: string;
}

const OnsCodeChangeSchema = z.object({
	ons_code: onsCode(),
	dfe_file_code: onsCode(),
	name: requiredText(),
	reason: requiredText(),
});

/** Parses ons-code-changes.csv; each current code and each DfE code appears once. */
export function parseOnsCodeChanges(text: string, file: string): Parsed<OnsCodeChange> {
	const { rows, problems, lacksColumns } = readValidatedTable(text, file, OnsCodeChangeSchema);
	if (lacksColumns) return { rows: [], problems };
	const keyed = (column: 'ons_code' | 'dfe_file_code') => rows.map((r) => ({ line: r.line, key: r.row[column] }));
	return {
		rows: rows.map(({ line, row }) => ({
			line,
			onsCode: row.ons_code,
			dfeFileCode: row.dfe_file_code,
			name: row.name,
			reason: row.reason,
		})),
		problems: [...problems, ...duplicates(file, keyed('ons_code'), 1), ...duplicates(file, keyed('dfe_file_code'), 2)],
	};
}
