import { readFileSync } from 'node:fs';
import { buildData } from '../src/lib/pipeline/buildData';
import { writeDerived } from '../src/lib/pipeline/writeDerived';
import { DataProblemsError } from '../src/lib/problems';

// `npm run data`: read data/raw, data/reference and data/transcribed; validate; write data/derived.
// Logs go to stderr; any problem exits 1 and writes nothing.
try {
	const started = performance.now();
	const build = buildData({ read: (path) => readFileSync(path, 'utf8'), log: (line) => console.error(line) });
	const written = writeDerived(build);
	console.error(`wrote ${written.length} files to data/derived in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
	if (error instanceof DataProblemsError) {
		console.error(error.message);
		console.error(
			`\nThe data build stopped: fix the ${error.problems.length} problem(s) above. Nothing in data/derived or dist/ was changed.`,
		);
		process.exit(1);
	}
	throw error;
}
