import { readFileSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildData } from '../src/lib/pipeline/buildData';

// `npm run bench`: figures, not pass/fail. The machines are shared, so read trends, not single runs.
const fmt = (n: number, d = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: d, minimumFractionDigits: d });

// 1. The data pipeline on the whole data set, in this process.
const runs: number[] = [];
let observations = 0;
for (let i = 0; i < 3; i++) {
	const t = performance.now();
	const build = buildData({ read: (p) => readFileSync(p, 'utf8'), log: () => undefined });
	runs.push(performance.now() - t);
	observations = build.observations.length;
}
runs.sort((a, b) => a - b);
const maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(
	`data pipeline: median ${fmt(runs[1] ?? 0)} ms over 3 runs (min ${fmt(runs[0] ?? 0)}, max ${fmt(runs[2] ?? 0)}); ${fmt(observations)} observations; peak memory ${fmt(maxRssMb)} MB`,
);

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

// 3. Page weight: HTML with its CSS inlined (astro.config inlineStylesheets: 'always'), and any JS.
const councils = pages
	.filter((p) => /dist\/councils\/[^/]+\/index\.html$/.test(p.path))
	.map((p) => p.bytes)
	.sort((a, b) => a - b);
const kb = (b: number) => `${fmt(b / 1000, 1)} kB`;
const over = pages
	.filter((p) => /dist\/councils\/[^/]+\/index\.html$/.test(p.path) && p.bytes >= 150 * 1000)
	.map((p) => p.path);
console.log(
	`council page HTML+CSS (CSS is inlined): median ${kb(councils[Math.floor(councils.length / 2)] ?? 0)}, max ${kb(councils.at(-1) ?? 0)}; budget 150 kB: ${over.length} of ${councils.length} over${over.length ? ` (${over.join(', ')})` : ''}`,
);
for (const slug of ['derby', 'derbyshire']) {
	const html = readFileSync(`dist/councils/${slug}/index.html`);
	console.log(`  /councils/${slug}/: ${kb(html.length)} (${kb(gzipSync(html).length)} gzipped)`);
}
const js = pages.reduce((n, p) => n + (readFileSync(p.path, 'utf8').match(/<script/gi)?.length ?? 0), 0);
console.log(`<script> tags across all pages: ${js}`);
