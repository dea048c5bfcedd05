import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { build } from 'astro';
import { buildData } from '../src/lib/pipeline/buildData';
import { writeDerived } from '../src/lib/pipeline/writeDerived';
import { DataProblemsError } from '../src/lib/problems';
import { printBriefings } from '../src/lib/briefing/printBriefings';
import { PDF_BRIEFINGS } from '../src/lib/briefing/pdfBriefings';
import { serveStatic } from './lib/staticServer';
import { chromiumPath, launchChromium } from './lib/browser';

// `npm run build`: the data pipeline, then Astro into a scratch folder, then a swap into dist/.
// Any failure before the swap leaves the previously built dist/ exactly as it was.
const OUT = 'dist';
const SCRATCH = '.build-tmp';
const OLD = '.dist-old';

try {
	const build_ = buildData({ read: (path) => readFileSync(path, 'utf8'), log: (line) => console.error(line) });
	writeDerived(build_);
} catch (error) {
	if (error instanceof DataProblemsError) {
		console.error(error.message);
		console.error(
			`\nThe build stopped: fix the ${error.problems.length} problem(s) above. ${OUT}/ was left as it was.`,
		);
		process.exit(1);
	}
	throw error;
}

rmSync(SCRATCH, { recursive: true, force: true });
try {
	await build({ outDir: SCRATCH, logLevel: 'warn' });
} catch (error) {
	rmSync(SCRATCH, { recursive: true, force: true });
	console.error(error);
	console.error(`\nThe site build failed. ${OUT}/ was left as it was.`);
	process.exit(1);
}
// The briefings the council pages link as PDFs (Derby and Derbyshire, the councils with claims)
// are printed into the new build before it replaces dist/. Without Chromium the site still
// builds; the pages then say the PDF is not built, and `npm run briefings` makes them later.
if (chromiumPath()) {
	const server = await serveStatic(SCRATCH);
	const browser = await launchChromium();
	try {
		await printBriefings(browser, server.url, SCRATCH, PDF_BRIEFINGS, (line) => console.error(line));
	} finally {
		await browser.close();
		await server.close();
	}
} else {
	console.error(
		'Chromium not found: briefing PDFs were not printed (apt-get install -y chromium, then npm run briefings).',
	);
}

rmSync(OLD, { recursive: true, force: true });
if (existsSync(OUT)) renameSync(OUT, OLD);
renameSync(SCRATCH, OUT);
rmSync(OLD, { recursive: true, force: true });
console.error(`Built the site into ${OUT}/.`);
