import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData } from '~/lib/pipeline/buildData';
import { DataProblemsError, formatProblem } from '~/lib/problems';
import { kpiNotReported } from '~/lib/scrutiny/questionRules';
import type { ScrutinyData } from '~/lib/scrutiny/scrutinyData';
import { siteData } from '~/lib/pageData/siteData';
import { getCouncil } from '~/lib/data';

// Follows data/README.md, "adding a council's FOI answer", step by step on a temporary copy of
// data/, for Leeds (E08000035, DfE 383), a council with no documents yet. The answer below is
// SYNTHETIC, written for this test only; no such FOI response exists.
const dir = mkdtempSync(join(tmpdir(), 'foi-step-'));
cpSync('data', join(dir, 'data'), { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILE = 'data/raw/foi-leeds-2026/foi-response.txt';
const ANSWER = [
	'Freedom of Information response (SYNTHETIC TEST DOCUMENT)',
	'In calendar year 2025, 41.5% of plans were issued within 20 weeks.',
	'We do not hold a figure for draft plans issued.',
	'',
].join('\n');
const sha256 = createHash('sha256').update(ANSWER).digest('hex');

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

describe("data/README.md: adding a council's FOI answer (Leeds, synthetic)", () => {
	it('step 1: the saved answer alone changes nothing; the build still passes', () => {
		mkdirSync(join(dir, 'data/raw/foi-leeds-2026'), { recursive: true });
		writeFileSync(join(dir, FILE), ANSWER);
		expect(run().problems).toEqual([]);
	});

	it('step 3 before step 2 stops the build: the figure names a source that is not listed', () => {
		appendFileSync(
			join(dir, 'data/transcribed/seed-figures.csv'),
			[
				'leeds-2025-plans-within-20-weeks-foi,foi-2026-leeds-ehcp,E08000035,timeliness_20wk,calendar,2025,41.5,percent,exact,published,"41.5% of plans were issued within 20 weeks",2,Synthetic test row.',
				'leeds-2025-draft-plans-foi,foi-2026-leeds-ehcp,E08000035,draft_plans_issued,calendar,2025,,count,exact,not_reported,"We do not hold a figure for draft plans issued",3,Synthetic test row.',
				'',
			].join('\n'),
		);
		const { problems } = run();
		expect(problems.length).toBeGreaterThan(0);
		expect(problems.every((p) => p.startsWith('data/transcribed/seed-figures.csv:'))).toBe(true);
		expect(problems.join('\n')).toMatch(/foi-2026-leeds-ehcp/);
	});

	it("steps 2 and 4: with the source listed, the build passes and the figures reach Leeds's page data", () => {
		appendFileSync(
			join(dir, 'data/reference/sources.csv'),
			`foi-2026-leeds-ehcp,seed_document,Leeds City Council,Freedom of Information response on EHC plans (synthetic test document),2026-03-01,,,${FILE},${sha256},,Synthetic test row.,document,,\n`,
		);
		const { build, problems } = run();
		expect(problems).toEqual([]);
		const leeds = build!.seedFigures.filter((f) => f.areaCode === 'E08000035');
		expect(leeds.map((f) => [f.id, f.value])).toEqual([
			['leeds-2025-plans-within-20-weeks-foi', { status: 'published', value: 41.5 }],
			['leeds-2025-draft-plans-foi', { status: 'not_reported', value: null }],
		]);
		// The council page's questions read seed figures through ScrutinyData: the FOI's unreported
		// figure prompts the "not reported" question for Leeds, citing the answer's line 3.
		const data: ScrutinyData = {
			...siteData,
			seedFigures: () => build!.seedFigures,
			seedMeasures: () => build!.seedMeasures,
			source: (id) => {
				const s = build!.sources.find((x) => x.id === id);
				if (!s) throw new Error(`no source ${id}`);
				return s;
			},
		};
		const q = kpiNotReported.ask({ council: getCouncil('leeds'), data, claims: [] });
		expect(q?.figures.map((f) => [f.valueText, f.citation.where])).toEqual([
			['not reported', 'foi-response.txt, line 3'],
		]);
	});
});
