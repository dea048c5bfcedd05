import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildData } from '../../src/lib/pipeline/buildData';

// One data pipeline run in its own process, so its peak memory is its own (bench.ts starts it).
// Usage: node --import tsx scripts/lib/pipelineRun.ts <folder holding data/>
// Prints one JSON line: time, observations, the runtime's memory before the run, and the peak.
const root = process.argv[2] ?? '.';
const before = process.memoryUsage().rss;
const started = performance.now();
const build = buildData({ read: (path) => readFileSync(join(root, path), 'utf8'), log: () => undefined });
const ms = performance.now() - started;
console.log(
	JSON.stringify({
		ms,
		observations: build.observations.length,
		startRssMb: before / 2 ** 20,
		// maxRSS is the kernel's high-water mark for this process, in kilobytes: no sampling gaps.
		peakRssMb: process.resourceUsage().maxRSS / 1024,
	}),
);
