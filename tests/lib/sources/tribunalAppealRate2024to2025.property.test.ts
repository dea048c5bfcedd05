import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readMojCell } from '~/lib/csv/figure';
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

/** Random text, MoJ-looking near misses included, that readMojCell refuses for the column's kind. */
const invalidCell = (kind: 'count' | 'percent') =>
	fc
		.oneof(
			fc.string(),
			fc.string({ unit: 'binary' }),
			fc.constantFrom(
				'abc',
				'1,0',
				'12,34',
				'-3',
				'4.6',
				'101%',
				'4.60',
				'n/a',
				'x x',
				'…',
				'1 000',
				'١٢',
				'\t',
				'"',
				'\n5',
			),
			fc
				.tuple(fc.integer({ min: -500, max: 500 }), fc.constantFrom('', '%', ',5', '.5', ' %'))
				.map(([n, s]) => `${n}${s}`),
		)
		.filter((s) => !readMojCell(s, kind).ok);

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
