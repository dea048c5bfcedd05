import { serveStatic } from './lib/staticServer';
import { launchChromium } from './lib/browser';

// `npx tsx scripts/screenshot.ts /councils/derby/ 375 out.png`: a picture of a built page for a person to look at.
const [path = '/', width = '375', out = 'screenshot.png'] = process.argv.slice(2);
const server = await serveStatic('dist');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(server.url + path);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
await server.close();
console.error(`wrote ${out}`);
