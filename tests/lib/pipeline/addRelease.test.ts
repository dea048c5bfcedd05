import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData, type DataBuild } from '~/lib/pipeline/buildData';
import { DataProblemsError, formatProblem } from '~/lib/problems';

// Issue 8, test (b): a release folder added by rows in data/reference/sources.csv alone is read.
// On a temporary copy of data/, a new release of a known format (DfE's EES requests file) is added
// as files + one row in sources.csv, with no code. The release is SYNTHETIC, made up for this test:
// a "reporting year 2027" requests file for calendar 2026. Each line is the real 2026-release line
// for the same area with its year changed to 2026; Derby, Leeds and Kent get made-up figures, so
// the test can tell them apart from the 2025 figures they were copied from.
const dir = mkdtempSync(join(tmpdir(), 'release-step-'));
cpSync('data', join(dir, 'data'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FROM = 'data/raw/dfe-ehcp-2026-release-la/requests_2026release_la.csv';
const FILE = 'data/raw/synthetic-dfe-ehcp-2027-release/requests_2027release_la.csv';
/** Made-up requests received and refused in 2026, by DfE code. */
const SYNTHETIC: Record<string, [number, number]> = { '831': [900, 300], '383': [4000, 500], '886': [5000, 2500] };

const lines = readFileSync(FROM, 'utf8').trimEnd().split('\n');
const header = (lines[0] ?? '').split(',');
const column = (name: string) => header.indexOf(name);
const release =
	[
		lines[0],
		...lines.slice(1).map((line) => {
			const cells = line.split(',');
			cells[column('time_period')] = '2026';
			const made = SYNTHETIC[cells[column('old_la_code')] ?? ''];
			if (made) {
				cells[column('requests_received_in_year')] = String(made[0]);
				cells[column('requests_decided_not_to_assess')] = String(made[1]);
			}
			return cells.join(',');
		}),
	].join('\n') + '\n';
const sha256 = createHash('sha256').update(release).digest('hex');
/** Line of the synthetic file holding a council's row: the same as in the file it was copied from. */
const lineOf = (dfeCode: string) => lines.findIndex((l) => l.split(',')[column('old_la_code')] === dfeCode) + 1;

function run(): { build: DataBuild | null; problems: string[]; log: string[] } {
	const log: string[] = [];
	try {
		const build = buildData({ read: (p) => readFileSync(join(dir, p), 'utf8'), log: (l) => log.push(l) });
		return { build, problems: [], log };
	} catch (error) {
		if (error instanceof DataProblemsError) return { build: null, problems: error.problems.map(formatProblem), log };
		throw error;
	}
}

const figure = (build: DataBuild | null, measure: string, areaCode: string, period: string) =>
	build?.observations.find((o) => o.measure === measure && o.areaCode === areaCode && o.period === period);

describe('a new release of a known format: files + a row in sources.csv, no code (synthetic)', () => {
	it('step 1: the release folder alone is not read; 2025 stays the newest year of requests', () => {
		mkdirSync(join(dir, 'data/raw/synthetic-dfe-ehcp-2027-release'), { recursive: true });
		writeFileSync(join(dir, FILE), release);
		const { build, problems } = run();
		expect(problems).toEqual([]);
		expect(figure(build, 'requests', 'E06000015', '2026')).toBeUndefined();
		expect(figure(build, 'requests', 'E06000015', '2025')?.figure).toEqual({ status: 'published', value: 708 });
	});

	it('step 2: with its row in sources.csv, the release is read and 2026 reaches every council', () => {
		appendFileSync(
			join(dir, 'data/reference/sources.csv'),
			`synthetic-dfe-ehcp-2027-requests,published_file,Synthetic test publisher (not DfE),SYNTHETIC TEST FILE: requests for EHC needs assessments in calendar 2026,,https://example.org/synthetic-test-file,Synthetic reporting year 2027,${FILE},${sha256},,Made up for tests/lib/pipeline/addRelease.test.ts; no such file exists.,dfe-ees-requests,2027,\n`,
		);
		const { build, problems, log } = run();
		expect(problems).toEqual([]);
		// Derby 2026: 900 requests, 300 refused (made up above), so a refusal rate of 300 ÷ 900 = 33.3%.
		const derby = figure(build, 'requests', 'E06000015', '2026');
		expect(derby).toMatchObject({
			figure: { status: 'published', value: 900 },
			sourceId: 'synthetic-dfe-ehcp-2027-requests',
			file: FILE,
			line: lineOf('831'),
		});
		expect(figure(build, 'refusals', 'E06000015', '2026')?.figure).toEqual({ status: 'published', value: 300 });
		expect(figure(build, 'refusal_rate', 'E06000015', '2026')?.figure).toEqual({ status: 'published', value: 33.3 });
		// Leeds 4,000 and Kent 5,000 requests; Kent's 2,500 refused is 50%.
		expect(figure(build, 'requests', 'E08000035', '2026')?.figure).toEqual({ status: 'published', value: 4000 });
		expect(figure(build, 'requests', 'E10000016', '2026')?.figure).toEqual({ status: 'published', value: 5000 });
		expect(figure(build, 'refusal_rate', 'E10000016', '2026')?.figure).toEqual({ status: 'published', value: 50 });
		// The earlier year is untouched: Derby's 2025 figure still comes from the 2026 release.
		expect(figure(build, 'requests', 'E06000015', '2025')).toMatchObject({
			figure: { status: 'published', value: 708 },
			sourceId: 'dfe-ehcp-2026-requests',
		});
		// Every council has a 2026 requests figure, and the build log accounts for the new file.
		const councils = build?.councils.map((c) => c.onsCode) ?? [];
		expect(councils).toHaveLength(153);
		for (const code of councils) expect(figure(build, 'requests', code, '2026'), code).toBeDefined();
		expect(log).toContain(`${FILE}: read ${lines.length - 1} rows, used ${lines.length - 1}`);
	});
});
