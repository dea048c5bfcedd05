import { z } from 'zod';
import { readDfeCell, readMojCell, type CellResult } from './figure';
import { type Figure } from '../model/figure';

// Zod field builders for string cells. Each keeps the published symbol's meaning as a Figure
// and reports a bad cell with the raw text, so the message can say exactly what was found.

function fromCell(read: (raw: string) => CellResult) {
	return z.string().transform((raw, ctx): Figure => {
		const result = read(raw);
		if (result.ok) return result.figure;
		ctx.addIssue({ code: z.ZodIssueCode.custom, message: result.message });
		return z.NEVER;
	});
}

/** A DfE count: a whole number ≥ 0, or x/z/c/low/u. */
export const dfeCount = () => fromCell((raw) => readDfeCell(raw, 'count'));
/** A DfE percentage: 0–100, or x/z/c/low/u. */
export const dfePercent = () => fromCell((raw) => readDfeCell(raw, 'percent'));
/** An MoJ count: "1,071", "-" for zero, "..", "x", "~". */
export const mojCount = () => fromCell((raw) => readMojCell(raw, 'count'));
/** An MoJ rate: "4.60%", or a symbol. */
export const mojPercent = () => fromCell((raw) => readMojCell(raw, 'percent'));

/** Required text: present and not blank once trimmed. */
export const requiredText = () => z.string().trim().min(1, { message: 'this cell is required but is empty' });

/** A DfE three-digit local authority code, e.g. 831 for Derby. */
export const dfeLaCode = () =>
	z
		.string()
		.trim()
		.regex(/^\d{3}$/, { message: 'expected a three-digit DfE LA code such as 831' });

/** An ONS/GSS area code, e.g. E06000015 (Derby), E12000004 (East Midlands), E92000001 (England). */
export const onsCode = () =>
	z
		.string()
		.trim()
		.regex(/^E\d{8}$/, { message: 'expected an ONS code such as E06000015' });

/** A four-digit calendar year within the range the site covers. */
export const calendarYear = () =>
	z
		.string()
		.trim()
		.regex(/^\d{4}$/, { message: 'expected a four-digit year' })
		.transform(Number)
		.refine((y) => y >= 2000 && y <= 2100, { message: 'year out of range 2000–2100' });
