import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData } from '~/lib/pipeline/buildData';
import { DataProblemsError, formatProblem } from '~/lib/problems';
import { ombudsmanChart } from '~/lib/pageData/redress/ombudsmanChart';

// Follows data/README.md, "Adding a council's Ombudsman figures", on a temporary copy of data/,
// for a council the site does not yet hold (Nottinghamshire, DfE 891). The figures below are
// SYNTHETIC, made up for this test only: 58 investigated, 48 upheld (83%, 48 ÷ 58 = 82.8),
// similar councils 89%.
const dir = mkdtempSync(join(tmpdir(), 'lgsco-step-'));
cpSync('data', join(dir, 'data'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PAGE = 'https://www.lgo.org.uk/your-councils-performance/nottinghamshire-county-council/statistics';
const row = (period: string, investigated: string, upheld: string, pct: string, similar: string) =>
	`Nottinghamshire County Council,${period},,,,${investigated},${upheld},${pct},${similar},,,,,,,,,${PAGE},synthetic test row,LGSCO council performance page (archived copy)\n`;

function run() {
	try {
		return {
			build: buildData({ read: (p) => readFileSync(join(dir, p), 'utf8'), log: () => undefined }),
			problems: [],
		};
	} catch (error) {
		if (error instanceof DataProblemsError) return { build: null, problems: error.problems.map(formatProblem) };
		throw error;
	}
}

describe("data/README.md: adding a council's Ombudsman figures", () => {
	it('step 2 alone stops the build: the council name is not yet in lgsco-councils.csv', () => {
		appendFileSync(join(dir, 'data/transcribed/lgsco-council-statistics.csv'), row('2024-25', '58', '48', '83', '89'));
		expect(run().problems).toEqual([
			'data/transcribed/lgsco-council-statistics.csv:2:1: council: not in data/reference/lgsco-councils.csv; add the name with its DfE code (got "Nottinghamshire County Council")',
		]);
	});

	it('steps 3 and 5: with the name, code and page added, the council has its figures, its page link and a chart after two years', () => {
		appendFileSync(join(dir, 'data/reference/lgsco-councils.csv'), `Nottinghamshire County Council,891,${PAGE},\n`);
		appendFileSync(join(dir, 'data/transcribed/lgsco-council-statistics.csv'), row('2023-24', '50', '40', '80', '85'));
		const { build, problems } = run();
		expect(problems).toEqual([]);
		const years = build!.redress.years.filter((y) => y.dfeCode === '891');
		expect(
			years.map((y) => [
				y.period,
				y.figures.upheld.figure.value,
				y.figures.investigated.figure.value,
				y.figures.upheldPct.figure.value,
			]),
		).toEqual([
			['2023-24', 40, 50, 80],
			['2024-25', 48, 58, 83],
		]);
		expect(years[1]!.citations[0]).toMatchObject({
			sourceId: 'lgsco-council-statistics-transcribed',
			file: 'data/transcribed/lgsco-council-statistics.csv',
			line: 2,
			origin: 'lgsco_page',
		});
		expect(build!.redress.councils.find((c) => c.dfeCode === '891')?.performancePage).toBe(PAGE);
		expect(new Set(build!.redress.years.map((y) => y.dfeCode)).size).toBe(20);
		const council = build!.councils.find((c) => c.dfeCode === '891')!;
		expect(ombudsmanChart(council, years, PAGE)?.figure.title).toBe(
			'Nottinghamshire: the Ombudsman upheld 83% of the complaints it investigated in 2024-25; similar councils 89%',
		);
	});

	it('is validated like every other table: an upheld rate the counts do not give, and a page address no row was read from', () => {
		appendFileSync(join(dir, 'data/transcribed/lgsco-council-statistics.csv'), row('2022-23', '40', '30', '95', '80'));
		const councils = readFileSync(join(dir, 'data/reference/lgsco-councils.csv'), 'utf8').replace(
			'Torbay Council,880,,',
			'Torbay Council,880,https://www.lgo.org.uk/your-councils-performance/torbay-council/statistics,',
		);
		writeFileSync(join(dir, 'data/reference/lgsco-councils.csv'), councils);
		expect(run().problems).toEqual([
			'data/transcribed/lgsco-council-statistics.csv:4:8: upheld_pct: 30 of 40 is 75.0%, which does not round to 95% (got "95")',
			'data/reference/lgsco-councils.csv:19:3: performance_page: no row read from the Ombudsman\'s page for this council gives this address (got "https://www.lgo.org.uk/your-councils-performance/torbay-council/statistics")',
		]);
	});
});
