import { existsSync } from 'node:fs';
import { serveStatic } from './lib/staticServer';
import { chromiumPath, launchChromium } from './lib/browser';
import { printBriefings } from '../src/lib/briefing/printBriefings';
import { getCouncils } from '../src/lib/data';

// `npm run briefings`: reprints council one-sheet PDFs from the built site in dist/, to check a sheet
// without a whole build. (`npm run build` prints them all and is what makes council pages link them.)
// `npm run briefings -- derby derbyshire` prints only those.
if (!existsSync('dist/index.html')) {
	console.error('No built site in dist/: run `npm run build` first.');
	process.exit(1);
}
if (!chromiumPath()) {
	console.error('Chromium not found: install it with `apt-get install -y chromium`.');
	process.exit(1);
}
const asked = process.argv.slice(2);
const slugs = asked.length > 0 ? asked : getCouncils().map((c) => c.slug);
const server = await serveStatic('dist');
const browser = await launchChromium();
try {
	await printBriefings(browser, server.url, 'dist', slugs, (line) => console.error(line));
} finally {
	await browser.close();
	await server.close();
}
