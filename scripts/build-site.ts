import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { build } from 'astro';
import { buildData } from '../src/lib/pipeline/buildData';
import { writeDerived } from '../src/lib/pipeline/writeDerived';
import { DataProblemsError } from '../src/lib/problems';
import { printBriefings } from '../src/lib/briefing/printBriefings';
import { PDF_ENV } from '../src/lib/briefing/pdfBriefings';
import { getCouncils } from '../src/lib/data';
import { missingLinkedPdfs } from './lib/linkedPdfs';
import { writeDataPackage } from './lib/writeDataPackage';
import astroConfig from '../astro.config.mjs';
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

// The council pages link their one-sheet PDFs only when this build will print them, which needs
// Chromium; the check after printing makes sure every linked PDF was written.
const chromium = chromiumPath();
if (chromium) process.env[PDF_ENV] = 'printed';
else delete process.env[PDF_ENV];
if (!process.env['SITE_URL'])
	console.error(
		'SITE_URL is not set: council page addresses (printed on the one-sheet PDFs) use the placeholder in astro.config.mjs.',
	);

rmSync(SCRATCH, { recursive: true, force: true });
try {
	await build({ outDir: SCRATCH, logLevel: 'warn' });
} catch (error) {
	rmSync(SCRATCH, { recursive: true, force: true });
	console.error(error);
	console.error(`\nThe site build failed. ${OUT}/ was left as it was.`);
	process.exit(1);
}
// Every council's one-sheet is printed into the new build before it replaces dist/: one browser,
// several pages at a time. Without Chromium the site still builds and its pages link no PDF.
if (chromium) {
	const server = await serveStatic(SCRATCH);
	const browser = await launchChromium();
	try {
		const slugs = getCouncils().map((c) => c.slug);
		await printBriefings(browser, server.url, SCRATCH, slugs, (line) => console.error(line));
	} catch (error) {
		rmSync(SCRATCH, { recursive: true, force: true });
		console.error(error);
		console.error(`\nPrinting the one-sheet PDFs failed. ${OUT}/ was left as it was.`);
		process.exit(1);
	} finally {
		await browser.close();
		await server.close();
	}
} else {
	console.error(
		'Chromium not found: no one-sheet PDFs were printed, and the council pages link none (apt-get install -y chromium, then build again).',
	);
}
const missing = missingLinkedPdfs(SCRATCH);
if (missing.length > 0) {
	rmSync(SCRATCH, { recursive: true, force: true });
	console.error(`Council pages link ${missing.length} PDF(s) that were not printed:\n${missing.join('\n')}`);
	console.error(`\nThe build stopped. ${OUT}/ was left as it was.`);
	process.exit(1);
}

// datapackage.json lists the CSVs the build actually wrote, so it is made last, from the files.
const listed = writeDataPackage(SCRATCH, String(astroConfig.site));
console.error(`datapackage.json lists ${listed} CSV files.`);

rmSync(OLD, { recursive: true, force: true });
if (existsSync(OUT)) renameSync(OUT, OLD);
renameSync(SCRATCH, OUT);
rmSync(OLD, { recursive: true, force: true });
console.error(`Built the site into ${OUT}/.`);
