import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { pdfBriefingPath } from './pdfBriefings';

/** How many pages print at once: enough to keep two cores busy while one page waits on layout. */
export const PRINT_CONCURRENCY = 4;

/** One printed PDF: its path and page count. */
export interface PrintedBriefing {
	slug: string;
	path: string;
	pages: number;
}

/**
 * Counts the pages of a PDF that Chromium (Skia) wrote: one `/Type /Page` object each. Skia
 * writes PDF 1.4 without object streams, so the page objects are plain text in the file.
 */
export const pdfPageCount = (pdf: Buffer): number =>
	pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)\b/g)?.length ?? 0;

/**
 * Prints council one-sheets (already built into `root`, served at `baseUrl`) to A4 PDFs in
 * `root/briefings/`, several pages of one browser at a time. The page's own print CSS sets the
 * A4 size and footer (@page margin boxes); the PDF is tagged (its structure and language, en-GB,
 * for screen readers). No bookmark outline: on two pages it adds a third of the print time and
 * little for the reader. Any page that fails to load stops the whole run.
 */
export async function printBriefings(
	browser: Browser,
	baseUrl: string,
	root: string,
	slugs: readonly string[],
	log: (line: string) => void,
	concurrency = PRINT_CONCURRENCY,
): Promise<PrintedBriefing[]> {
	mkdirSync(join(root, 'briefings'), { recursive: true });
	const context = await browser.newContext({ javaScriptEnabled: false });
	const queue = [...slugs];
	const printed: PrintedBriefing[] = [];
	const started = performance.now();
	const worker = async () => {
		const page = await context.newPage();
		for (let slug = queue.shift(); slug !== undefined; slug = queue.shift()) {
			const response = await page.goto(`${baseUrl}/councils/${slug}/one-sheet/`);
			if (response?.status() !== 200)
				throw new Error(`one-sheet page for ${slug} returned ${response?.status() ?? 'nothing'}`);
			const path = join(root, pdfBriefingPath(slug));
			await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true });
			printed.push({ slug, path, pages: pdfPageCount(readFileSync(path)) });
		}
		await page.close();
	};
	try {
		await Promise.all(Array.from({ length: Math.min(concurrency, slugs.length) }, worker));
	} finally {
		await context.close();
	}
	const seconds = (performance.now() - started) / 1000;
	log(
		`printed ${printed.length} one-sheet PDF${printed.length === 1 ? '' : 's'} into ${join(root, 'briefings')}/ in ${seconds.toFixed(1)} s`,
	);
	const long = printed.filter((p) => p.pages > 2);
	if (long.length > 0)
		log(
			`warning: ${long.length} one-sheet(s) run past two A4 pages: ${long.map((p) => `${p.slug} (${p.pages})`).join(', ')}`,
		);
	return printed;
}
