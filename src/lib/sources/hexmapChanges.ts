import { z } from 'zod';
import { onsCode, requiredText } from '../csv/cells';
import { readValidatedTable } from '../csv/readValidatedTable';
import type { Parsed } from '../problems';

// data/reference/hexmap-changes.csv: how the published hex map (April 2019 boundaries) is brought
// up to date, one change per row, applied in file order: a new code for the same hex (recode), a
// council gone (remove), a new council's hex (add), or a hex moved to make room (move).

export type HexmapChange =
	| { line: number; action: 'recode'; code: string; newCode: string; name: string; reason: string }
	| { line: number; action: 'remove'; code: string; name: string; reason: string }
	| { line: number; action: 'add' | 'move'; code: string; name: string; q: number; r: number; reason: string };

const blank = z.literal('');
const whole = z
	.string()
	.trim()
	.regex(/^\d+$/, { message: 'expected a whole number (a hex column or row)' })
	.transform(Number);

const base = { code: onsCode(), name: requiredText(), reason: requiredText() };
const HexmapChangeSchema = z.discriminatedUnion(
	'action',
	[
		z.object({ ...base, action: z.literal('recode'), new_code: onsCode(), q: blank, r: blank }),
		z.object({ ...base, action: z.literal('remove'), new_code: blank, q: blank, r: blank }),
		z.object({ ...base, action: z.literal('add'), new_code: blank, q: whole, r: whole }),
		z.object({ ...base, action: z.literal('move'), new_code: blank, q: whole, r: whole }),
	],
	{ errorMap: () => ({ message: 'action must be recode, remove, add or move' }) },
);

const COLUMNS = ['action', 'code', 'new_code', 'name', 'q', 'r', 'reason'];

/** Parses hexmap-changes.csv: recode needs new_code; add and move need q and r; remove needs neither. */
export function parseHexmapChanges(text: string, file: string): Parsed<HexmapChange> {
	const { rows, problems, lacksColumns } = readValidatedTable(text, file, HexmapChangeSchema, { columns: COLUMNS });
	if (lacksColumns) return { rows: [], problems };
	return {
		rows: rows.map(({ line, row }): HexmapChange => {
			const common = { line, code: row.code, name: row.name, reason: row.reason };
			if (row.action === 'recode') return { ...common, action: 'recode', newCode: row.new_code };
			if (row.action === 'remove') return { ...common, action: 'remove' };
			return { ...common, action: row.action, q: row.q, r: row.r };
		}),
		problems,
	};
}
