import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLgscoCompiledStats } from '~/lib/sources/lgscoCouncilStatsCompiled';

const FILE = 'data/raw/lgsco-councils/lgsco_council_statistics_more_councils.csv';
const TEXT = readFileSync(FILE, 'utf8');
const parsed = parseLgscoCompiledStats(TEXT, FILE);
const LINES = TEXT.split('\n');
const HEADER = LINES[0]!;

describe('parseLgscoCompiledStats(text, file) on the real file', () => {
	it("reads 39 rows for 18 councils: 16 from the Ombudsman's page, 23 quoted by others", () => {
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows).toHaveLength(39);
		expect(new Set(parsed.rows.map((r) => r.council)).size).toBe(18);
		expect(parsed.rows.filter((r) => r.origin === 'lgsco_page')).toHaveLength(16);
		expect(parsed.rows.filter((r) => r.origin === 'secondary')).toHaveLength(23);
	});

	it('Kent 2023-24 (line 26): 76 upheld of 94 investigated, 81% against 85% for similar councils', () => {
		expect(parsed.rows.find((r) => r.line === 26)).toMatchObject({
			council: 'Kent County Council',
			period: { kind: 'financial', startYear: 2023 },
			investigated: { status: 'published', value: 94 },
			upheld: { status: 'published', value: 76 },
			upheldPct: { status: 'published', value: 81 },
			similarAuthoritiesAvgUpheldPct: { status: 'published', value: 85 },
			origin: 'lgsco_page',
		});
	});

	it('Hampshire 2024-25 (line 19): a news story quoting the Ombudsman; blanks stay unavailable, not zero', () => {
		const row = parsed.rows.find((r) => r.line === 19)!;
		expect(row.origin).toBe('secondary');
		expect(row.upheld).toEqual({ status: 'published', value: 30 });
		expect(row.upheldPct).toEqual({ status: 'unavailable', value: null });
	});
});

describe('parseLgscoCompiledStats(text, file) on bad input', () => {
	const withLine = (line: number, edit: (l: string) => string) => `${HEADER}\n${edit(LINES[line - 1]!)}\n`;
	it.each([
		// [what, line to copy, edit, column, message]
		[
			'a year that does not follow',
			26,
			(l: string) => l.replace('2023-24', '2023-25'),
			2,
			'period: the second year must follow the first, e.g. 2023-24 (got "2023-25")',
		],
		[
			'an upheld rate the counts do not give',
			26,
			(l: string) => l.replace(',94,76,81,', ',94,76,91,'),
			8,
			'upheld_pct: 76 of 94 is 80.9%, which does not round to 91% (got "91")',
		],
		[
			'more upheld than investigated',
			26,
			(l: string) => l.replace(',94,76,81,', ',74,76,,'),
			7,
			'upheld: more complaints upheld than investigated (74) (got "76")',
		],
		[
			'a source type that is neither the page nor secondary',
			26,
			(l: string) => l.replace('LGSCO council performance page (archived copy)', 'a blog'),
			20,
			'source_type: expected "LGSCO council performance page (archived copy)" or a description ending "; secondary" (got "a blog")',
		],
	])('reports %s', (_what, line, edit, column, message) => {
		const result = parseLgscoCompiledStats(withLine(line, edit), 'c.csv');
		expect(result.problems).toContainEqual({ file: 'c.csv', line: 2, column, message });
		expect(result.rows).toEqual([]);
	});
});
