import { absent, published, type Figure, type FigureStatus } from '../model/figure';

// Reads one published cell into a Figure: each publisher's symbols for a figure it does not give.

// DfE's Explore Education Statistics symbols (data-guidance.txt of each release):
// x = not available, z = not applicable, c = suppressed to protect confidentiality,
// low = rounds to zero but is not zero, u = low reliability.
const DFE_SYMBOLS: Record<string, Exclude<FigureStatus, 'published'>> = {
	x: 'unavailable',
	z: 'not_applicable',
	c: 'suppressed',
	low: 'low',
	u: 'unreliable',
};

/** The outcome of reading one cell: a figure, or a message saying what is wrong with it. */
export type CellResult = { ok: true; figure: Figure } | { ok: false; message: string };

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** What a cell holds: a whole count, a percentage (0–100), or a number of weeks (any non-negative decimal). */
export type CellKind = 'count' | 'percent' | 'weeks';

const KIND_WORDS: Record<CellKind, string> = { count: 'whole number', percent: 'percentage', weeks: 'number of weeks' };

function readNumber(text: string, kind: CellKind, raw: string): CellResult {
	if (!DECIMAL.test(text)) {
		return {
			ok: false,
			message: `expected a ${KIND_WORDS[kind]} or a published symbol (got ${JSON.stringify(raw)})`,
		};
	}
	const value = Number(text);
	if (value < 0) return { ok: false, message: `a ${kind} cannot be negative (got ${JSON.stringify(raw)})` };
	if (kind === 'count' && !Number.isInteger(value)) {
		return { ok: false, message: `a count must be a whole number (got ${JSON.stringify(raw)})` };
	}
	if (kind === 'percent' && value > 100) {
		return { ok: false, message: `a percentage cannot be over 100 (got ${JSON.stringify(raw)})` };
	}
	return { ok: true, figure: published(value) };
}

/** Reads a DfE (EES) cell: a plain number, or one of x, z, c, low, u. */
export function readDfeCell(raw: string, kind: CellKind): CellResult {
	const text = raw.trim();
	if (text === '')
		return {
			ok: false,
			message: `empty cell where a ${kind} or a DfE symbol (x, z, c, low, u) is required (got ${JSON.stringify(raw)})`,
		};
	// Own keys only: a cell reading "constructor" or "__proto__" must not match Object's members.
	const symbol = Object.hasOwn(DFE_SYMBOLS, text.toLowerCase()) ? DFE_SYMBOLS[text.toLowerCase()] : undefined;
	if (symbol) return { ok: true, figure: absent(symbol) };
	return readNumber(text, kind, raw);
}

// MoJ's appeal-rate tables: "-" is a true zero (the rate beside it is 0.00%), ".." not available,
// "x" or "~" suppressed (SEND_Tribunals_and_appeal_rate_2014-2024.csv.source.txt). Counts carry
// thousands separators ("1,071") and rates a percent sign ("4.60%").
const MOJ_SYMBOLS: Record<string, Exclude<FigureStatus, 'published'>> = {
	'..': 'unavailable',
	x: 'suppressed',
	'~': 'suppressed',
};

/** Reads an MoJ appeal-rate cell: "1,071", "4.60%", " - " (zero), "..", "x" or "~". */
export function readMojCell(raw: string, kind: 'count' | 'percent'): CellResult {
	const text = raw.trim();
	if (text === '') return { ok: false, message: `empty cell where a ${kind} is required (got ${JSON.stringify(raw)})` };
	if (text === '-') return { ok: true, figure: published(0) };
	const symbol = Object.hasOwn(MOJ_SYMBOLS, text.toLowerCase()) ? MOJ_SYMBOLS[text.toLowerCase()] : undefined;
	if (symbol) return { ok: true, figure: absent(symbol) };
	if (kind === 'count') {
		if (!/^\d{1,3}(,\d{3})*$|^\d+$/.test(text)) {
			return { ok: false, message: `expected a whole number like 1,071 or "-" (got ${JSON.stringify(raw)})` };
		}
		return readNumber(text.replaceAll(',', ''), kind, raw);
	}
	if (!text.endsWith('%')) return { ok: false, message: `expected a rate like 4.60% (got ${JSON.stringify(raw)})` };
	return readNumber(text.slice(0, -1), kind, raw);
}
