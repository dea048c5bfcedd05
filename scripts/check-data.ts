import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import { buildData } from '../src/lib/pipeline/buildData';
import { derivedFiles } from '../src/lib/pipeline/derivedFiles';
import { DERIVED_DIR } from '../src/lib/pipeline/rawFiles';
import { compareObservations, readDerivedFigures } from '../src/lib/changes/compareObservations';
import { changesMarkdown } from '../src/lib/changes/changesMarkdown';
import { DataProblemsError } from '../src/lib/problems';

// `npm run data:check [-- --against <git revision>]`: runs the pipeline fresh into a temporary
// folder, compares it with data/derived as committed (at HEAD unless told otherwise) and writes
// data/CHANGES.md. It never writes data/derived; `npm run data` does that.
const OUT = 'data/CHANGES.md';
const flag = process.argv.indexOf('--against');
const revision = flag >= 0 ? process.argv[flag + 1] : 'HEAD';
if (!revision) {
	console.error('--against needs a git revision, e.g. --against main~3');
	process.exit(1);
}
const committed = (file: string) =>
	execFileSync('git', ['show', `${revision}:${DERIVED_DIR}/${file}`], { encoding: 'utf8', maxBuffer: 2 ** 30 });
const shortCommit = execFileSync('git', ['rev-parse', '--short', revision], { encoding: 'utf8' }).trim();

let build;
try {
	build = buildData({ read: (path) => readFileSync(path, 'utf8'), log: () => undefined });
} catch (error) {
	if (error instanceof DataProblemsError) {
		console.error(error.message);
		console.error(`\nThe fresh run stopped on ${error.problems.length} problem(s); ${OUT} was not written.`);
		process.exit(1);
	}
	throw error;
}
const folder = mkdtempSync(join(tmpdir(), 'send-data-check-'));
let fresh: { observations: string; councils: string };
try {
	for (const [path, text] of Object.entries(derivedFiles(build))) writeFileSync(join(folder, basename(path)), text);
	fresh = {
		observations: readFileSync(join(folder, 'observations.csv'), 'utf8'),
		councils: readFileSync(join(folder, 'councils.csv'), 'utf8'),
	};
} finally {
	rmSync(folder, { recursive: true, force: true });
}

const councilsOf = (text: string) =>
	Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' }).data;
const before = councilsOf(committed('councils.csv'));
const after = councilsOf(fresh.councils);
const areaNames = new Map<string, string>([['E92000001', 'England']]);
for (const c of [...before, ...after]) {
	areaNames.set(c['ons_code'] ?? '', c['name'] ?? '');
	areaNames.set(c['region_code'] ?? '', c['region_name'] ?? '');
}
const codes = (rows: Record<string, string>[]) => new Set(rows.map((c) => c['ons_code'] ?? ''));
const [beforeCodes, afterCodes] = [codes(before), codes(after)];

const changes = compareObservations(
	readDerivedFigures(committed('observations.csv'), `${revision}:${DERIVED_DIR}/observations.csv`),
	readDerivedFigures(fresh.observations, 'fresh observations.csv'),
);
writeFileSync(
	OUT,
	changesMarkdown(changes, {
		measures: build.measures,
		areaNames,
		against: `data/derived as committed at ${revision === 'HEAD' ? '' : `${revision}, `}commit ${shortCommit}`,
		councilsAdded: [...afterCodes].filter((c) => !beforeCodes.has(c)).sort(),
		councilsRemoved: [...beforeCodes].filter((c) => !afterCodes.has(c)).sort(),
	}),
);
const n = (pick: (c: (typeof changes)[number]) => number) => changes.reduce((s, c) => s + pick(c), 0);
console.error(
	`wrote ${OUT}: ${changes.length} measure(s) changed since ${shortCommit}; ${n((c) => c.newPeriods.length)} new period(s), ${n((c) => c.added.length)} new figure(s) in periods already covered, ${n((c) => c.revised.length)} revised, ${n((c) => c.withdrawn.length)} withdrawn`,
);
