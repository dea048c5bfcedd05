import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseTribunalAppealRate2024to2025 } from '~/lib/sources/tribunalAppealRate2024to2025';

const FILE = 'data/raw/moj-send-appeal-rate/SEND_appealable_decisions_rate_2024-2025.csv';
const LINES = readFileSync(FILE, 'utf8').split('\n');

// Real council lines (a three-digit code in the second cell), as [0-based index, fields].
const COUNCILS = LINES.flatMap((text, index) => {
	const fields = Papa.parse<string[]>(text, { delimiter: ',' }).data[0] ?? [];
	return /^\d{3}$/.test(fields[1] ?? '') ? [{ index, fields }] : [];
});
// Columns 3–8: appeals, decisions, rate for 2024, then for 2025.
const KINDS = ['count', 'count', 'percent', 'count', 'count', 'percent'] as const;

// Values MoJ never prints in these columns, built to be wrong by construction (the file's
// .source.txt: counts are whole numbers, "1,071" style, or " - ", "..", "x", "~"; rates are
// "4.60%" style, at most 100%). Not filtered through the parser, so the test cannot agree with it
// by accident.
const letters = fc.stringMatching(/^[a-wyzA-WYZ]{1,6}$/); // any word, but not the "x" marker
const invalidCount = fc.oneof(
	letters,
	fc.integer({ min: 1, max: 5000 }).map((n) => `-${n}`), // negative
	fc.tuple(fc.nat(999), fc.integer({ min: 1, max: 99 })).map(([n, d]) => `${n}.${d}`), // a fraction
	fc.nat(100).map((n) => `${n}%`), // a rate where a count belongs
	fc.tuple(fc.integer({ min: 1, max: 99 }), fc.nat(99)).map(([n, d]) => `${n},${String(d).padStart(2, '0')}`), // 2-digit group
	fc.constantFrom('', '\t', '1 000', '١٢', '"', 'n/a', '…', '- -', '...'),
);
const invalidPercent = fc.oneof(
	letters,
	fc.nat(100).map((n) => `${n}.00`), // no percent sign
	fc.integer({ min: 101, max: 10000 }).map((n) => `${n}.00%`), // over 100%
	fc.integer({ min: 1, max: 100 }).map((n) => `-${n}.00%`), // negative
	fc.constantFrom('', '\t', '%', '4.6 0%', '١٢%', 'n/a', '…', '...'),
);
const invalidCell = (kind: 'count' | 'percent') => (kind === 'count' ? invalidCount : invalidPercent);

describe('parseTribunalAppealRate2024to2025 (property)', () => {
	it('a real council line with one figure replaced by a non-MoJ value gives a problem at that line and column, and no rows', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...COUNCILS),
				fc.integer({ min: 0, max: 5 }).chain((i) => fc.tuple(fc.constant(i), invalidCell(KINDS[i]!))),
				({ index, fields }, [i, value]) => {
					const changed = [...fields];
					changed[i + 2] = value;
					const lines = [...LINES];
					lines[index] = Papa.unparse([changed]);
					const result = parseTribunalAppealRate2024to2025(lines.join('\n'), FILE, []);
					const line = index + 1;
					expect(result.problems.length).toBeGreaterThan(0);
					// Every problem is at the changed cell (Central Bedfordshire and Cambridgeshire
					// keep their printed codes here, as no corrections are passed, so nothing else fires).
					for (const p of result.problems) expect([p.line, p.column]).toEqual([line, i + 3]);
					expect(result.rows.filter((r) => r.line === line)).toEqual([]);
					// Every other line still reads: 154 rows of two years, less this line's two.
					expect(result.rows).toHaveLength(154 * 2 - 2);
				},
			),
			{ numRuns: 200, seed: 20240625 },
		);
	});
});
