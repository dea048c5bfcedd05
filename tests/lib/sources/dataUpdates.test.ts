import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '~/lib/problems';
import { parseDataUpdates, DATA_UPDATE_COLUMNS } from '~/lib/sources/dataUpdates';
import { parseSourcesTable } from '~/lib/sources/sourcesTable';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const FILE = 'data/reference/data-updates.csv';
const sourceIds = new Set(
	parseSourcesTable(readFileSync(`${root}data/reference/sources.csv`, 'utf8'), 'sources.csv').rows.map((s) => s.id),
);
const HEADER = DATA_UPDATE_COLUMNS.join(',');
const parse = (text: string) => parseDataUpdates(text, 'updates.csv', { sourceIds: new Set(['src-a', 'src-b']) });

describe('parseDataUpdates(text, file, { sourceIds })', () => {
	it('reads the committed changelog with no problems, every entry naming known sources', () => {
		const { rows, problems } = parseDataUpdates(readFileSync(root + FILE, 'utf8'), FILE, { sourceIds });
		expect(problems.map(formatProblem)).toEqual([]);
		expect(rows.length).toBeGreaterThan(0);
		// The first entry is the first publication of 23 November 2026 (git history: the raw files
		// and sources.csv were first committed that day).
		expect(rows[0]?.date).toBe('2026-11-23');
		for (const row of rows) expect(row.sources.length).toBeGreaterThan(0);
	});

	it('splits sources on ";" and keeps blank revisions and corrections as ""', () => {
		const { rows, problems } = parse(`${HEADER}\n2026-01-02,Something new.,A file.,,,src-a; src-b\n`);
		expect(problems).toEqual([]);
		expect(rows).toEqual([
			{
				date: '2026-01-02',
				summary: 'Something new.',
				added: 'A file.',
				revisions: '',
				corrections: '',
				sources: ['src-a', 'src-b'],
			},
		]);
	});

	it.each([
		// A date that does not exist.
		['2026-02-30,S.,,,,src-a', 'updates.csv:2:1: date: date must be a real date written YYYY-MM-DD (got "2026-02-30")'],
		// No source at all: every entry needs one.
		['2026-01-02,S.,,,,', 'updates.csv:2:6: sources: this cell is required but is empty (got "")'],
		// A source id that sources.csv does not have.
		[
			'2026-01-02,S.,,,,src-a;src-z',
			'updates.csv:2:6: sources: "src-z" is not an id in data/reference/sources.csv (got "src-a;src-z")',
		],
		// A row one cell short.
		['2026-01-02,S.,,,', 'updates.csv:2: expected 6 cells, got 5'],
	])('reports %j as %j', (line, message) => {
		expect(parse(`${HEADER}\n${line}\n`).problems.map(formatProblem)).toEqual([message]);
	});

	it('asks for entries oldest first', () => {
		const { problems } = parse(`${HEADER}\n2026-03-01,Later.,,,,src-a\n2026-01-01,Earlier.,,,,src-b\n`);
		expect(problems.map(formatProblem)).toEqual([
			'updates.csv:3:1: date: entries run oldest first; this one is earlier than the entry above (got "2026-01-01", above "2026-03-01")',
		]);
	});
});
