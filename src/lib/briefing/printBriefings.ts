import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

/**
 * Prints council briefing pages (already built into `root`) to A4 PDFs in `root/briefings/`.
 * The page's own print CSS sets the A4 size, running header and "page X of Y" (@page margin
 * boxes); the PDF is tagged and carries the headings as its outline, for screen readers.
 */
export async function printBriefings(
	browser: Browser,
	baseUrl: string,
	root: string,
	slugs: readonly string[],
	log: (line: string) => void,
): Promise<string[]> {
	mkdirSync(join(root, 'briefings'), { recursive: true });
	const written: string[] = [];
	const page = await browser.newPage({ javaScriptEnabled: false });
	for (const slug of slugs) {
		const response = await page.goto(`${baseUrl}/councils/${slug}/briefing/`);
		if (response?.status() !== 200)
			throw new Error(`briefing page for ${slug} returned ${response?.status() ?? 'nothing'}`);
		const path = join(root, 'briefings', `${slug}.pdf`);
		await page.pdf({ path, format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
		written.push(path);
	}
	await page.close();
	log(`printed ${written.length} briefing PDF${written.length === 1 ? '' : 's'} into ${join(root, 'briefings')}/`);
	return written;
}
