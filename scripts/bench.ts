import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticData } from './lib/syntheticData';
import { pageWeightLines } from './lib/pageWeight';
import { getCouncils } from '../src/lib/data';
import { cardData } from '../src/lib/pageData/socialCards';
import { cardInput, ENGLAND_CODE } from '../src/lib/social/councilCard';
import { renderPng } from '../src/lib/social/renderPng';
import { socialCardSvg } from '../src/lib/social/socialCard';

// `npm run bench`: figures, not pass/fail. The machines are shared, so read trends, not single runs.
const fmt = (n: number, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });
const mb = (bytes: number) => `${fmt(bytes / 2 ** 20, 1)} MB`;

interface PipelineRun {
	ms: number;
	observations: number;
	startRssMb: number;
	peakRssMb: number;
}

/** Runs the data pipeline on `root`/data in a child process, so the peak memory measured is the pipeline's own. */
function runPipeline(root: string): PipelineRun {
	const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/lib/pipelineRun.ts', root], {
		encoding: 'utf8',
		maxBuffer: 2 ** 24,
	});
	if (child.status !== 0) {
		console.error(child.stderr);
		process.exit(1);
	}
	return JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '') as PipelineRun;
}

/** Several runs of the pipeline: the fastest time (least disturbed by other work) and the highest peak. */
function measure(root: string, times: number) {
	const runs = Array.from({ length: times }, () => runPipeline(root));
	const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
	return {
		minMs: ms[0] ?? 0,
		medianMs: ms[Math.floor(ms.length / 2)] ?? 0,
		peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
		startRssMb: Math.max(...runs.map((r) => r.startRssMb)),
		observations: runs[0]?.observations ?? 0,
		times,
	};
}
const describe = (m: ReturnType<typeof measure>) =>
	`fastest ${fmt(m.minMs)} ms, median ${fmt(m.medianMs)} ms over ${m.times} runs; peak memory ${fmt(m.peakRssMb)} MB (of which ${fmt(m.startRssMb)} MB is Node with the code loaded, before reading any file); ${fmt(m.observations)} observations`;

// 4. Pictures rendered with resvg at build time: every chart's PNG (from the SVG the build wrote
// beside its CSV, at twice its size) and every link-preview card, timed again here on their own.
// `npm run bench -- --pictures-only` times these alone, on the dist/ already built.
function benchPictures() {
	const chartSvgs: string[] = [];
	const findSvgs = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true })) {
			const p = join(dir, e.name);
			if (e.isDirectory()) findSvgs(p);
			else if (e.name.endsWith('.svg') && existsSync(p.replace(/\.svg$/, '.csv'))) chartSvgs.push(p);
		}
	};
	findSvgs('dist');
	let t0 = performance.now();
	let pngBytes = 0;
	for (const file of chartSvgs) pngBytes += renderPng(readFileSync(file, 'utf8'), { scale: 2 }).length;
	const chartMs = performance.now() - t0;
	console.log(
		`chart PNGs: ${chartSvgs.length} rendered in ${fmt(chartMs / 1000, 1)} s (${fmt(chartMs / Math.max(1, chartSvgs.length))} ms each), ${mb(pngBytes)} in all`,
	);
	const cardAreas = [
		{ name: 'England', code: ENGLAND_CODE },
		...getCouncils().map((c) => ({ name: c.name, code: c.onsCode })),
	];
	t0 = performance.now();
	for (const area of cardAreas) renderPng(socialCardSvg(cardInput(area.name, area.code, cardData)));
	const cardMs = performance.now() - t0;
	console.log(
		`social cards: ${cardAreas.length} rendered in ${fmt(cardMs / 1000, 1)} s (${fmt(cardMs / cardAreas.length)} ms each)`,
	);
}

if (process.argv.includes('--pictures-only')) {
	benchPictures();
	process.exit(0);
}

// 1. The data pipeline on the real data (1×) and on SYNTHETIC inputs ten times the size (10×).
const FACTOR = 10;
const real = measure('.', 3);
const folder = mkdtempSync(join(tmpdir(), 'send-bench-'));
let synthetic: ReturnType<typeof measure>;
let bytes: { bytesBefore: number; bytesAfter: number; files: string[] };
try {
	bytes = writeSyntheticData('.', folder, FACTOR);
	synthetic = measure(folder, 3);
} finally {
	rmSync(folder, { recursive: true, force: true });
}
console.log(`data pipeline 1× (real data/raw, ${mb(bytes.bytesBefore)}): ${describe(real)}`);
console.log(
	`data pipeline ${FACTOR}× (SYNTHETIC, generated for this run and deleted: ${mb(bytes.bytesAfter)} of raw files; each row of the ${bytes.files.length} DfE EES files kept and copied ${FACTOR - 1} times under a breakdown "SYNTHETIC copy k", which the reader checks and sets aside): ${describe(synthetic)}`,
);
const timeRatio = synthetic.minMs / real.minMs;
console.log(
	`${FACTOR}× / 1×: input ${fmt(bytes.bytesAfter / bytes.bytesBefore, 1)}×, time ${fmt(timeRatio, 1)}× (linear means at most 12×: ${timeRatio <= 12 ? 'yes' : 'NO'}), peak memory ${fmt(synthetic.peakRssMb)} MB (under 1 GB: ${synthetic.peakRssMb < 1024 ? 'yes' : 'NO'}); 1× peak ${fmt(real.peakRssMb)} MB (target under 250 MB: ${real.peakRssMb < 250 ? 'yes' : 'NO'})`,
);

// `npm run bench -- --pipeline-only` stops here (the site build below takes minutes).
if (process.argv.includes('--pipeline-only')) process.exit(0);

// 2. The whole build (data + Astro), timed from outside.
const t = performance.now();
const build = spawnSync('npx', ['tsx', 'scripts/build-site.ts'], {
	stdio: ['ignore', 'ignore', 'pipe'],
	encoding: 'utf8',
});
const buildMs = performance.now() - t;
if (build.status !== 0) {
	console.error(build.stderr);
	process.exit(1);
}
const pages: { path: string; bytes: number }[] = [];
const walk = (dir: string) => {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) walk(p);
		else if (e.name.endsWith('.html')) pages.push({ path: p, bytes: statSync(p).size });
	}
};
walk('dist');
console.log(
	`site build: ${fmt(buildMs / 1000, 1)} s for ${pages.length} HTML pages = ${fmt(buildMs / pages.length, 1)} ms a page (including the data pipeline)`,
);
// The build prints every council's one-sheet PDF when Chromium is present and logs the time it took.
const printed = /printed (\d+) one-sheet PDFs? into \S+ in ([\d.]+) s/.exec(build.stderr);
console.log(
	printed
		? `one-sheet PDFs: ${printed[1]} printed in ${printed[2]} s (inside the site build; target under 60 s on 2 cores)`
		: 'one-sheet PDFs: none printed (no Chromium), so no time',
);

// 3. Page weight: the HTML of each page (the shared stylesheets are files in dist/_astro, fetched
// once and cached), the largest council pages by name, and any JS.
for (const line of pageWeightLines('dist')) console.log(line);
const js = pages.reduce((n, p) => n + (readFileSync(p.path, 'utf8').match(/<script/gi)?.length ?? 0), 0);
console.log(`<script> tags across all pages: ${js}`);

benchPictures();
