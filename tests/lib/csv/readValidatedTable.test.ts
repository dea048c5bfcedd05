import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readValidatedTable } from '~/lib/csv/readValidatedTable';
import { formatProblem } from '~/lib/problems';

// A small made-up table (synthetic, for this test only): a council code and a count.
const Schema = z.object({
	code: z.string().regex(/^\d{3}$/, { message: 'expected a three-digit code' }),
	count: z.string().regex(/^\d+$/, { message: 'expected a whole number' }).transform(Number),
});
const FILE = 'data/reference/example.csv';

describe('readValidatedTable(text, file, schema)', () => {
	it('returns each valid row with the line it starts on', () => {
		const read = readValidatedTable('code,count\n831,52\n830,7\n', FILE, Schema);
		expect(read.rows).toEqual([
			{ line: 2, row: { code: '831', count: 52 } },
			{ line: 3, row: { code: '830', count: 7 } },
		]);
		expect(read.problems).toEqual([]);
		expect(read.lacksColumns).toBe(false);
	});

	it('reports a short row as file:line: expected N cells, got M, and a bad cell as file:line:column', () => {
		// Line 2 lacks its count; line 3's count (column 2) is not a number; line 4 is fine.
		const read = readValidatedTable('code,count\n831\n830,x\n999,1\n', FILE, Schema);
		expect(read.problems.map(formatProblem)).toEqual([
			'data/reference/example.csv:2: expected 2 cells, got 1',
			'data/reference/example.csv:3:2: count: expected a whole number (got "x")',
		]);
		expect(read.rows).toEqual([{ line: 4, row: { code: '999', count: 1 } }]);
	});

	it('reports a missing column at the header line and validates no row', () => {
		const read = readValidatedTable('code,total\n831,52\n', FILE, Schema);
		expect(read.lacksColumns).toBe(true);
		expect(read.rows).toEqual([]);
		expect(read.problems.map(formatProblem)).toEqual([
			'data/reference/example.csv:1: missing column "count" (header has 2 columns: code, total)',
		]);
	});

	it('at(line) adds a problem at the named column of that line', () => {
		const read = readValidatedTable('code,count\n831,52\n', FILE, Schema);
		read.at(2)('count', 'more than the total');
		expect(read.problems.map(formatProblem)).toEqual(['data/reference/example.csv:2:2: count: more than the total']);
	});

	it('reads the columns of a refined schema, and takes them as given for a union', () => {
		const refined = Schema.refine((r) => r.count < 100, { message: 'too many' });
		expect(readValidatedTable('code\n831\n', FILE, refined).problems.map(formatProblem)).toEqual([
			'data/reference/example.csv:1: missing column "count" (header has 1 columns: code)',
		]);
		const union = z.union([Schema, z.object({ code: z.literal('') })]);
		expect(() => readValidatedTable('code\n\n', FILE, union)).toThrow(/pass the columns/);
		expect(readValidatedTable('code\n', FILE, union, { columns: ['code', 'count'] }).lacksColumns).toBe(true);
	});
});
