import { serveStatic } from './lib/staticServer';
import { launchChromium } from './lib/browser';

// `npx tsx scripts/screenshot.ts /councils/derby/ 375 out.png [fromY height] [--dark]`: a picture
// of a built page (or a slice of it) for a person to look at; --dark as a reader whose system
// prefers a dark colour scheme.
const dark = process.argv.includes('--dark');
const [path = '/', width = '375', out = 'screenshot.png', fromY, height] = process.argv
	.slice(2)
	.filter((a) => a !== '--dark');
const server = await serveStatic('dist');
const browser = await launchChromium();
const page = await browser.newPage({
	viewport: { width: Number(width), height: 900 },
	javaScriptEnabled: false,
	colorScheme: dark ? 'dark' : 'light',
});
await page.goto(server.url + path);
if (fromY && height) {
	await page.screenshot({
		path: out,
		fullPage: true,
		clip: { x: 0, y: Number(fromY), width: Number(width), height: Number(height) },
	});
} else {
	await page.screenshot({ path: out, fullPage: true });
}
await browser.close();
await server.close();
console.error(`wrote ${out}`);
