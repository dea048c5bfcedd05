import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The page budget: at most this many bytes of HTML on each council page (and the home page). */
export const PAGE_BUDGET_BYTES = 150_000;

const kb = (bytes: number) =>
	`${(bytes / 1000).toLocaleString('en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} kB`;

/**
 * The page weights `npm run bench` prints for a built site: council pages' median and largest
 * (by name, with their gzipped size), any over the budget, the home page, and the stylesheets
 * every page links (fetched once and cached, so not counted in a page's HTML).
 */
export function pageWeightLines(dist: string): string[] {
	const councils = readdirSync(join(dist, 'councils'), { withFileTypes: true })
		.filter((d) => d.isDirectory())
		.map((d) => join(dist, 'councils', d.name, 'index.html'))
		.map((path) => ({ path, bytes: statSync(path).size }))
		.sort((a, b) => a.bytes - b.bytes);
	const median = councils[Math.floor(councils.length / 2)]?.bytes ?? 0;
	const over = councils.filter((p) => p.bytes > PAGE_BUDGET_BYTES);
	const css = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.css'));
	return [
		`council page HTML: median ${kb(median)}, largest ${kb(councils.at(-1)?.bytes ?? 0)}; budget ${kb(PAGE_BUDGET_BYTES)}: ${over.length} of ${councils.length} over${over.length ? ` (${over.map((p) => p.path).join(', ')})` : ''}`,
		'  largest council pages:',
		...councils
			.slice(-5)
			.reverse()
			.map((p) => `    ${p.path}: ${kb(p.bytes)} (${kb(gzipSync(readFileSync(p.path)).length)} gzipped)`),
		`  home page: ${kb(statSync(join(dist, 'index.html')).size)}`,
		`  stylesheets every page links (cached once): ${css.map((f) => `${f} ${kb(statSync(join(dist, '_astro', f)).size)}`).join(', ')}`,
	];
}
