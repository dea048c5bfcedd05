import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import Papa from 'papaparse';
import { serveStatic } from '../../scripts/lib/staticServer';
import { browserSkipReason, launchChromium } from '../../scripts/lib/browser';
import { measureChartLabels } from '../helpers/measureChartLabels';
import { pipelineWords, visibleText } from '../helpers/visibleText';

// End to end: build the site exactly as a new user would (`npm run build`), serve dist/, and
// read pages in Chromium. One build for the whole file: it is the slow part.
const skip = browserSkipReason();
const require = createRequire(import.meta.url);

let browser: Browser;
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
	// Asynchronously: a build of a minute or more that blocked this worker would starve Vitest's
	// messages to it ("Timeout calling onTaskUpdate") on a busy machine.
	await promisify(execFile)('npm', ['run', 'build'], {
		env: { ...process.env, TZ: 'America/Los_Angeles', SITE_URL: 'https://send.example.org' },
		maxBuffer: 64 * 1024 * 1024,
	});
	server = await serveStatic('dist');
	if (!skip) browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Opens a page and collects console errors and failed requests while it loads. */
async function open(
	path: string,
	width = 1280,
	javaScriptEnabled = false,
	bypassCSP = false,
): Promise<{ page: Page; errors: string[] }> {
	// Pages are read with JavaScript off, as the site must work without it; axe needs it on, and
	// injects itself inline, which the site's Content-Security-Policy rightly refuses.
	const page = await browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled, bypassCSP });
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('requestfailed', (r) => errors.push(`failed: ${r.url()}`));
	page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()}: ${r.url()}`));
	await page.goto(server.url + path);
	return { page, errors };
}

describe('the built site (dist/)', () => {
	it('has a page for every council in data/derived/councils.csv (153)', () => {
		const slugs = Papa.parse<{ slug: string }>(readFileSync('data/derived/councils.csv', 'utf8'), {
			header: true,
			skipEmptyLines: true,
		}).data.map((r) => r.slug);
		expect(slugs).toHaveLength(153);
		for (const slug of slugs) expect(existsSync(`dist/councils/${slug}/index.html`), slug).toBe(true);
		expect(readdirSync('dist/councils', { withFileTypes: true }).filter((d) => d.isDirectory())).toHaveLength(153);
	});

	it('shows the national picture on the home page, with its data as CSV', () => {
		const html = readFileSync('dist/index.html', 'utf8');
		expect(html).toContain('England issued 46.1% of new EHC plans within 20 weeks in 2025, against 64.3% in 2014');
		expect(readFileSync('dist/england-timeliness.csv', 'utf8')).toContain(
			'England,timeliness_20wk_excl,E92000001,2024,46.4,published,39407,84866',
		);
	});

	it('ships no JavaScript on council pages', () => {
		const withScript = readdirSync('dist/councils', { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => `dist/councils/${d.name}/index.html`)
			.filter((file) => /<script/i.test(readFileSync(file, 'utf8')));
		expect(withScript).toEqual([]);
	});

	it('keeps every council page and the home page within the page budget (150,000 bytes of HTML)', () => {
		const pages = [
			'dist/index.html',
			...readdirSync('dist/councils', { withFileTypes: true })
				.filter((d) => d.isDirectory())
				.map((d) => `dist/councils/${d.name}/index.html`),
		];
		expect(pages.length).toBe(1 + 153);
		const over = pages
			.map((file) => ({ file, bytes: statSync(file).size }))
			.filter((p) => p.bytes > 150_000)
			.map((p) => `${p.file}: ${p.bytes.toLocaleString('en-GB')} bytes`);
		expect(over).toEqual([]);
	});

	it('writes a CSV of every figure for each council, with sources', () => {
		const csv = readFileSync('dist/councils/derby/data.csv', 'utf8');
		expect(csv.split('\n')[0]).toBe(
			'measure,area,area_code,period_type,period,value,status,numerator,denominator,break_in_series,source,source_release,source_published,source_url,source_id,source_file,source_line,calculation,note',
		);
		// The publisher's title, release and address come first; our file and line follow for checkers.
		expect(csv).toContain(
			'timeliness_20wk_excl,Derby,E06000015,calendar,2018,11.7,published,52,444,,' +
				'"Department for Education: Education, health and care plans: sen2_mi.csv (SEN2 management information, calendar years 2014-2022)",' +
				'Reporting year 2023 (calendar years 2014-2022; 2022 from the new person-level SEN2),,' +
				'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans,' +
				'dfe-ehcp-2023-sen2-mi,data/raw/dfe-ehcp-2023-release/sen2_mi.csv,754,,',
		);
	});

	it('passes html-validate on every built page', async () => {
		const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off' } });
		const pages: string[] = [];
		const walk = (dir: string) => {
			for (const e of readdirSync(dir, { withFileTypes: true })) {
				// Each chart's own page and embed page (about 1,850) come from one template each: Derby's
				// and the national and redress charts' stand for them, so the check stays a few minutes.
				if (e.isDirectory() && e.name === 'charts' && /^dist\/councils\/(?!derby$)/.test(dir)) continue;
				if (e.isDirectory()) walk(`${dir}/${e.name}`);
				else if (e.name.endsWith('.html')) pages.push(`${dir}/${e.name}`);
			}
		};
		walk('dist');
		const failures: string[] = [];
		for (const file of pages) {
			// Let the worker answer Vitest between pages: validating hundreds of pages is CPU-bound.
			await new Promise((resolve) => setImmediate(resolve));
			const report = await validator.validateFile(file);
			for (const r of report.results)
				for (const m of r.messages) failures.push(`${file}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
		}
		expect(failures.slice(0, 20)).toEqual([]);
		expect(pages.length).toBeGreaterThan(153);
		// Several hundred pages: validating them all takes a minute or more on a busy 2-core machine.
	}, 600_000);

	it('speaks to readers, not like its pipeline, on every built page (issue 9, item 2)', () => {
		// Outside the "How this figure was read" disclosures, no page names a file, a line, a data/
		// path, a checksum, "not seen", "stored copy", "excerpt", "extract", "helper" or
		// "highest = 1", or doubles a phrase. Each hit is listed with its page and context.
		const pages: string[] = [];
		const walk = (dir: string) => {
			for (const e of readdirSync(dir, { withFileTypes: true })) {
				if (e.isDirectory()) walk(`${dir}/${e.name}`);
				else if (e.name.endsWith('.html')) pages.push(`${dir}/${e.name}`);
			}
		};
		walk('dist');
		const hits = pages.flatMap((file) =>
			pipelineWords(visibleText(readFileSync(file, 'utf8'))).map((hit) => `${file}: ${hit}`),
		);
		expect({ hits: hits.length, first: hits.slice(0, 40) }).toEqual({ hits: 0, first: [] });
		// Every council page, its briefing and its one-sheet were scanned, not an empty dist/.
		expect(pages.length).toBeGreaterThan(3 * 153);
	});
});

describe.skipIf(skip)('council pages in Chromium', () => {
	it('Derby: headline figures as published, beside England', async () => {
		const { page, errors } = await open('/councils/derby/');
		expect(await page.locator('h1').textContent()).toBe('Derby');
		const table = (await page.locator('table').first().textContent()) ?? '';
		// DfE 2026 release: Derby 2025, 245 of 466 plans within 20 weeks excluding exceptions.
		expect(table).toContain('52.6%');
		expect(table).toContain('245 of 466');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('Derbyshire: 5.0% within 20 weeks in 2025 (71 of 1,431), appeals registered shown', async () => {
		const { page, errors } = await open('/councils/derbyshire/', 375);
		const text = (await page.textContent('main')) ?? '';
		expect(text).toContain('71 of 1,431');
		expect(text).toContain('SEND Tribunal appeals registered');
		// A 375px phone never scrolls sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		expect(errors).toEqual([]);
		await page.close();
	});

	it.each([
		'/',
		'/councils/',
		'/councils/derby/',
		'/councils/derbyshire/',
		'/councils/derbyshire/ombudsman/',
		'/councils/derby/claims/',
		'/councils/derby/briefing/',
		'/councils/derby/one-sheet/',
		'/methodology/',
		'/sources/',
		'/glossary/',
		'/find/',
		'/404.html',
		'/waiting-for-a-plan/',
		'/data-updates/',
		'/compare/timeliness-20wk-excl/',
		'/councils/derby/charts/timeliness/',
		'/councils/derby/charts/timeliness/embed/',
	])('axe finds no WCAG 2.2 A/AA violations on %s', async (path) => {
		const { page } = await open(path, 1280, true, true);
		await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
		const violations = await page.evaluate(async () => {
			const axe = (
				window as unknown as {
					axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
				}
			).axe;
			const result = await axe.run(document, {
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
			});
			return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
		});
		expect(violations).toEqual([]);
		await page.close();
	});

	it('every page carries a Content-Security-Policy that allows only its own files', () => {
		const pages: string[] = [];
		const walk = (dir: string) => {
			for (const e of readdirSync(dir, { withFileTypes: true })) {
				if (e.isDirectory()) walk(`${dir}/${e.name}`);
				else if (e.name.endsWith('.html')) pages.push(`${dir}/${e.name}`);
			}
		};
		walk('dist');
		const without = pages.filter(
			(file) => !readFileSync(file, 'utf8').includes('<meta http-equiv="Content-Security-Policy"'),
		);
		expect(without).toEqual([]);
		expect(readFileSync('dist/index.html', 'utf8')).toContain("default-src 'none'; script-src 'self'");
	});

	it('gives every page link-preview tags and a picture, and lists every page in the sitemap', () => {
		const derby = readFileSync('dist/councils/derby/index.html', 'utf8');
		expect(derby).toContain('<meta property="og:title" content="Derby">');
		expect(derby).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/councils\/derby\/card\.png">/);
		expect(derby).toContain('<meta name="twitter:card" content="summary_large_image">');
		const png = readFileSync('dist/councils/derby/card.png');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect(existsSync('dist/card.png')).toBe(true);
		const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
		expect(sitemap).toMatch(/<loc>https?:\/\/[^<]+\/councils\/derby\/<\/loc>/);
		expect(sitemap).not.toContain('/404');
		expect((sitemap.match(/<loc>/g) ?? []).length).toBeGreaterThan(153);
	});

	it('lists every CSV it publishes in datapackage.json, with its fields', () => {
		const descriptor = JSON.parse(readFileSync('dist/datapackage.json', 'utf8')) as {
			resources: { path: string; schema: { fields: { name: string; type: string }[] } }[];
		};
		const csvs: string[] = [];
		const walk = (dir: string) => {
			for (const e of readdirSync(dir, { withFileTypes: true })) {
				if (e.isDirectory()) walk(`${dir}/${e.name}`);
				else if (e.name.endsWith('.csv')) csvs.push(`${dir}/${e.name}`.replace(/^dist\//, ''));
			}
		};
		walk('dist');
		expect(descriptor.resources.map((r) => r.path).sort()).toEqual(csvs.sort());
		const derby = descriptor.resources.find((r) => r.path === 'councils/derby/data.csv');
		expect(derby?.schema.fields.find((f) => f.name === 'value')?.type).toBe('number');
		expect(derby?.schema.fields.map((f) => f.name)).toContain('source_url');
	});

	it('has a 404 page that points readers to the finder, the councils and the home page', async () => {
		const html = readFileSync('dist/404.html', 'utf8');
		expect(html).toContain('<h1>Page not found</h1>');
		expect(html).toContain('href="/find/"');
		const { page, errors } = await open('/404.html');
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('every internal link on the home, index and Derby pages resolves', async () => {
		const broken: string[] = [];
		for (const path of [
			'/',
			'/councils/',
			'/councils/derby/',
			'/councils/derbyshire/',
			'/councils/derbyshire/ombudsman/',
			'/councils/derby/claims/',
			'/methodology/',
			'/sources/',
			'/glossary/',
			'/data-updates/',
		]) {
			const { page } = await open(path);
			const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
			for (const href of hrefs.filter((h) => h.startsWith(server.url))) {
				const res = await fetch(href.split('#')[0] ?? href);
				if (res.status !== 200) broken.push(`${path} → ${href} (${res.status})`);
			}
			await page.close();
		}
		expect(broken).toEqual([]);
	});
});

describe.skipIf(skip)('Find your council (issue 12)', () => {
	// A parent in Chesterfield on a phone, JavaScript on or off: the letter on the home page, then
	// Chesterfield in the A–Z, lands on Derbyshire's page (ONS: E07000034 Chesterfield → E10000007).
	it.each([false, true])('reaches Derbyshire from "Chesterfield" in two taps (JavaScript %s)', async (js) => {
		const page = await browser.newPage({
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true,
			javaScriptEnabled: js,
		});
		await page.goto(server.url + '/');
		const letter = page
			.getByRole('navigation', { name: 'Find your council by first letter' })
			.getByRole('link', { name: 'C', exact: true });
		// The letter is on the first screen of a phone, before any scrolling.
		expect((await letter.boundingBox())?.y).toBeLessThan(844);
		await Promise.all([page.waitForURL(/\/find\/#letter-c$/), letter.tap()]);
		const chesterfield = page.getByRole('link', { name: /^Chesterfield/ });
		expect(await chesterfield.textContent()).toMatch(/Chesterfield.*Derbyshire/s);
		await Promise.all([page.waitForURL(/\/councils\/derbyshire\/$/), chesterfield.tap()]);
		expect(await page.locator('h1').textContent()).toBe('Derbyshire');
		await page.close();
	});

	it('filters the A–Z as you type when JavaScript is on, and the plain list is whole without it', async () => {
		const { page } = await open('/find/', 390, true);
		await page.getByLabel('Type a council, district, borough or city').fill('chesterf');
		const shown = await page.locator('.find-list li:not([hidden])').allTextContents();
		expect(shown.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['Chesterfield : SEND is run by → Derbyshire']);
		await page.close();
		const plain = readFileSync('dist/find/index.html', 'utf8');
		expect(plain.match(/<li>/g)?.length).toBeGreaterThanOrEqual(153 + 164);
	});
});

describe('Compare pages (issue 12)', () => {
	it('draws a hex map of all 153 councils at build, with every council in a table, and no script', () => {
		const html = readFileSync('dist/compare/timeliness-20wk-excl/index.html', 'utf8');
		expect(html.match(/<use /g)).toHaveLength(153);
		expect(html).toContain('Context, not a league table.');
		// England 2025: 43,997 of 95,411 within 20 weeks excluding exceptions = 46.1% (DfE 2026 release).
		expect(html).toContain('England: <strong>46.1%</strong>');
		expect(html).not.toMatch(/<script/i);
		expect(html.length).toBeLessThan(150_000);
	});

	it("shows Derby beside its statistical neighbours on Derby's page, not folded away", () => {
		const html = readFileSync('dist/councils/derby/index.html', 'utf8');
		const at = html.indexOf('<div class="nb">');
		expect(html.slice(at, at + 3000)).toContain('Walsall');
		// Not inside a closed <details>: every disclosure opened before it is closed before it.
		const before = html.slice(0, at);
		expect(before.split('<details').length).toBe(before.split('</details>').length);
	});
});

describe('Waiting for a plan? (issue 12)', () => {
	it('gives each step and the time limits from data/reference, and every council page links to it', () => {
		const html = readFileSync('dist/waiting-for-a-plan/index.html', 'utf8');
		// SEND Regulations 2014 reg. 5(1): 6 weeks; Tribunal rules 2008 rule 20: 2 months.
		expect(html).toContain('By week 6: Council decides whether to carry out an assessment');
		expect(html).toContain('within 2 months of the date of the council&#39;s decision letter');
		expect(html).toContain('Children and Families Act 2014, section 32');
		for (const slug of ['derby', 'derbyshire', 'isles-of-scilly'])
			expect(readFileSync(`dist/councils/${slug}/index.html`, 'utf8')).toContain('href="/waiting-for-a-plan/"');
	});
});

describe.skipIf(skip)('chart labels as Chromium draws them (issue 10)', () => {
	// Every text label of every visible chart, measured on the page: no two overlap, none leaves
	// its chart, and at 1280px every chart fills at least 80% of its figure. The layout test
	// (tests/lib/pageData/charts/chartLabels.test.ts) proves the same for every council from
	// estimated text widths; this checks the real font.
	const pages = [
		'/',
		'/councils/derby/',
		'/councils/derbyshire/',
		'/councils/kent/',
		'/councils/hackney/',
		'/councils/newham/',
		'/councils/isles-of-scilly/',
	];
	it.each(pages.flatMap((path) => [375, 1280].map((width) => [path, width] as const)))(
		'%s at %ipx: no overlap, no overflow, no shrunken chart',
		async (path, width) => {
			const { page } = await open(path, width);
			const report = await measureChartLabels(page, { minShare: width >= 1000 ? 0.8 : 0, minFontPx: 11 });
			expect(report.charts).toBeGreaterThan(0);
			expect(report.labels).toBeGreaterThan(20);
			expect(report.problems.map((p) => `${p.kind} in ${p.chart}: ${p.detail}`)).toEqual([]);
			await page.close();
		},
	);

	it("labels the point Derby's conversion title cites (January 2018: 627) at both widths", async () => {
		for (const width of [375, 1280]) {
			const { page } = await open('/councils/derby/', width);
			const texts = await page
				.locator('#chart-conversion svg.chart')
				.evaluateAll((svgs) =>
					svgs
						.filter((s) => s.getBoundingClientRect().width > 0)
						.flatMap((s) => [...s.querySelectorAll('text')].map((t) => t.textContent?.trim())),
				);
			expect(texts).toContain('627');
			await page.close();
		}
	});
});

describe.skipIf(skip)('one-sheet PDFs (printed by npm run build)', () => {
	const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	const pdfinfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	const pdffonts = (file: string) => execFileSync('pdffonts', [file], { encoding: 'utf8' });
	const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(pdfinfo(file))?.[1]);

	it.each([
		// Hand-checked in data/derived/observations.csv (DfE 2026 release: calendar 2025 and January
		// 2026; MoJ appeal rate 2024-25) and the DfE statistical neighbours list (Derby's middle two in
		// January 2026: 3,837 and 3,909; Kent's fifth of nine in 2025: Essex 20.1%).
		['derby', 'Derby', ['52.6%', '245 of 466', '3,734', '718,838', '9.1%', '223 of 2,441', '3,873', 'middle of 10']],
		['kent', 'Kent', ['56.9%', '999 of 1,756', '21,742', '12.7%', '1,756 of 13,802', '20.1%', 'middle of 9']],
		['isles-of-scilly', 'Isles of Scilly', ['1 of 1: few cases', '2 of 6: few cases', '0 of 17', 'January 2026']],
	])(
		'%s: at most two A4 pages, tagged, titled, en-GB, fonts embedded, headline figures and the full address',
		(slug, name, figures) => {
			const file = `dist/briefings/${slug}.pdf`;
			const info = pdfinfo(file);
			expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 841(\.\d+)? pts \(A4\)/);
			expect(info).toMatch(/Tagged:\s+yes/);
			expect(info).toMatch(new RegExp(`Title:\\s+${name}: one-page briefing`));
			expect(pages(file)).toBeLessThanOrEqual(2);
			expect(readFileSync(file).toString('latin1')).toContain('/Lang (en-GB)');
			const fonts = pdffonts(file).split('\n').slice(2).filter(Boolean);
			expect(fonts.length).toBeGreaterThan(0);
			// Columns: name, type, encoding, emb, sub, uni, object, generation; "emb" is the fourth from the end.
			for (const font of fonts) expect(font.trim().split(/\s+/).at(-5), font).toBe('yes');
			const text = pdftotext(file);
			for (const figure of figures) expect(text, figure).toContain(figure);
			// The e2e build sets SITE_URL, so this also proves the origin comes from the environment.
			expect(text).toContain(`https://send.example.org/councils/${slug}/`);
			expect(text).not.toContain('Download the data');
			expect(text).not.toContain('Show the data as a table');
		},
	);

	it('every council page links its one-sheet PDF, and every PDF is at most two pages', () => {
		const slugs = Papa.parse<{ slug: string }>(readFileSync('data/derived/councils.csv', 'utf8'), {
			header: true,
			skipEmptyLines: true,
		}).data.map((r) => r.slug);
		const problems: string[] = [];
		for (const slug of slugs) {
			const html = readFileSync(`dist/councils/${slug}/index.html`, 'utf8');
			if (!html.includes(`href="/briefings/${slug}.pdf"`)) problems.push(`${slug}: no PDF link`);
			const file = `dist/briefings/${slug}.pdf`;
			if (!existsSync(file)) problems.push(`${slug}: no PDF`);
			else if (pages(file) > 2) problems.push(`${slug}: ${pages(file)} pages`);
		}
		expect(problems).toEqual([]);
	});
});

describe('Chart kit: download, embed and cite (issue 12)', () => {
	// Derby's timeliness chart: DfE 2026 release, 245 of 466 plans within 20 weeks in 2025 (52.6%);
	// England 43,997 of 95,411 (46.1%). The e2e build sets SITE_URL=https://send.example.org.
	const title = 'Derby issued 52.6% of new EHC plans within 20 weeks in 2025; England 46.1%';

	it('writes the chart as a standalone SVG carrying its title, source, date and our address', () => {
		const svg = readFileSync('dist/councils/derby/timeliness.svg', 'utf8');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="672" height="\d+"/);
		expect(svg).toContain(`<title id="standalone-title">${title}</title>`);
		// The title wraps at the image's width; the sources are the three DfE releases the line is drawn from.
		expect(svg).toContain('>Derby issued 52.6% of new EHC plans within 20 weeks in<');
		expect(svg).toContain('Sources: DfE, Education, health and care plans, reporting year 2023;');
		expect(svg).toContain('reporting year 2026.');
		expect(svg).toContain('>Data as of June 2026<');
		expect(svg).toContain('SEND scrutiny · https://send.example.org/councils/derby/<');
		expect(svg).not.toContain('var(');
	});

	it('writes a valid PNG at twice the SVG size', () => {
		const svg = readFileSync('dist/councils/derby/timeliness.svg', 'utf8');
		const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
		const png = readFileSync('dist/councils/derby/timeliness.png');
		expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2 * width!, 2 * height!]);
		expect(2 * width!).toBe(1344);
	});

	it('has an embed page with the chart alone, its source and a link back, kept out of search', () => {
		const html = readFileSync('dist/councils/derby/charts/timeliness/embed/index.html', 'utf8');
		expect(html).toContain('<meta name="robots" content="noindex">');
		expect(html).toContain(`<h1>${title}</h1>`);
		expect(html).toMatch(/<svg [^>]*role="img"[^>]*class="chart chart--line chart--wide"/);
		expect(html).toContain('DfE, Education, health and care plans, reporting year 2026');
		expect(html).toContain('href="/councils/derby/#chart-timeliness"');
		expect(html).not.toMatch(/<script/i);
		expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/embed/');
	});

	it("cites the chart on its own page: publisher, title, release, date and address, and our page's address", () => {
		const html = readFileSync('dist/councils/derby/charts/timeliness/index.html', 'utf8');
		expect(html).toContain('id="cite"');
		expect(html).toContain('Department for Education, <cite>Education, health and care plans</cite>');
		expect(html).toContain(
			'Reporting year 2025 (calendar years 2019-2024), published 26 June 2025, <a href="https://explore-education-statistics',
		);
		expect(html).toContain(
			'Reporting year 2026 (calendar year 2025; plans in place in January 2026), published June 2026',
		);
		expect(html).toContain(
			'href="https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans"',
		);
		expect(html).toContain('https://send.example.org/councils/derby/#chart-timeliness');
		expect(html).toContain(
			`SEND scrutiny, chart &quot;${title}&quot;, https://send.example.org/councils/derby/#chart-timeliness. Data: Department for Education`,
		);
	});

	it("links the PNG, SVG, CSV, cite section and embed code from Derby's page, beside the chart", () => {
		const html = readFileSync('dist/councils/derby/index.html', 'utf8');
		const figure = html.slice(html.indexOf('<figure class="chart-figure" id="chart-timeliness"'));
		const kit = figure.slice(0, figure.indexOf('</figure>'));
		expect(kit).toContain('<summary>Download, embed or cite</summary>');
		expect(kit).toContain('<a href="timeliness.png" download>PNG</a>');
		expect(kit).toContain('<a href="timeliness.svg" download>SVG</a>');
		expect(kit).toContain('href="/councils/derby/timeliness.csv" download');
		expect(kit).toContain('<a href="charts/timeliness/#cite">');
		expect(kit).toContain(
			`&lt;iframe src="https://send.example.org/councils/derby/charts/timeliness/embed/" title="${title}" width="100%"`,
		);
	});

	it('cites the publisher in every chart CSV row, and datapackage.json describes those columns', () => {
		const csv = readFileSync('dist/councils/derby/timeliness.csv', 'utf8');
		const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
		expect(rows.every((r) => r.source?.startsWith('Department for Education: Education, health and care plans'))).toBe(
			true,
		);
		expect(
			rows.every(
				(r) =>
					r.source_url ===
					'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans',
			),
		).toBe(true);
		const descriptor = JSON.parse(readFileSync('dist/datapackage.json', 'utf8')) as {
			resources: { path: string; schema: { fields: { name: string; type: string }[] } }[];
		};
		const fields = descriptor.resources.find((r) => r.path === 'councils/derby/timeliness.csv')?.schema.fields;
		expect(fields?.map((f) => f.name)).toEqual(csv.split('\n')[0]!.split(','));
		expect(fields?.find((f) => f.name === 'source_published')?.type).toBe('date');
	});
});
