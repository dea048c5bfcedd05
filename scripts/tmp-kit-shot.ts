import { serveStatic } from './lib/staticServer';
import { launchChromium } from './lib/browser';
const server = await serveStatic('dist');
const browser = await launchChromium();
for (const scheme of ['light', 'dark'] as const) {
	for (const width of [390, 1280]) {
		const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
		await page.goto(server.url + '/councils/derby/');
		await page.evaluate(() => {
			for (const d of document.querySelectorAll('details')) if (d.textContent?.startsWith('Download, embed')) d.open = true;
		});
		const fig = page.locator('#chart-timeliness');
		await fig.screenshot({ path: `/tmp/kit/derby-${scheme}-${width}.png` });
		await page.close();
	}
	for (const [name, path, width] of [['embed', '/councils/derby/charts/timeliness/embed/', 640], ['embed390', '/councils/derby/charts/timeliness/embed/', 390], ['cite', '/councils/derby/charts/timeliness/', 1280], ['cite390', '/councils/derby/charts/timeliness/', 390]] as const) {
		const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
		await page.goto(server.url + path);
		await page.screenshot({ path: `/tmp/kit/${name}-${scheme}.png`, fullPage: true });
		console.log(name, scheme, await page.evaluate(() => document.documentElement.scrollHeight));
		await page.close();
	}
}
await browser.close();
await server.close();
