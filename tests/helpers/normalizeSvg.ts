/**
 * Makes rendered chart markup comparable across machines and readable in a diff, following
 * Observable Plot's test/output convention (conventions.md §10):
 * - drops Astro's dev-mode annotations (`data-astro-source-file` holds an absolute path,
 *   "Facts measured" 6) and scoped-style markers (`data-astro-cid-*`, `astro-*` classes);
 * - rounds every number inside a tag to 3 decimals, so float noise never fails a test;
 * - puts one element per line, indented by depth; an element holding only text stays on one line.
 * Only the `<svg>…</svg>` elements are kept, so the output opens as a picture in a browser.
 */
export function normalizeSvg(html: string): string {
	const svgs = html.match(/<svg[\s>][\s\S]*?<\/svg>/g);
	if (!svgs) throw new Error('normalizeSvg: no <svg> element in the markup');
	return svgs.map(pretty).join('\n');
}

function cleanTag(tag: string): string {
	return (
		tag
			.replace(/\s+data-astro-source-(?:file|loc)="[^"]*"/g, '')
			.replace(/\s+data-astro-cid-[\w-]+(?:="[^"]*")?/g, '')
			.replace(/\sclass="([^"]*)"/g, (_, classes: string) => {
				const kept = classes.split(/\s+/).filter((c) => c && !c.startsWith('astro-'));
				return kept.length ? ` class="${kept.join(' ')}"` : '';
			})
			// Round decimals: 31.999999999999993 → 32, 12.34567 → 12.346.
			.replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => {
				const r = Math.round(Number(n) * 1000) / 1000;
				return String(r === 0 ? 0 : r);
			})
			.replace(/\s+/g, ' ')
			.replace(/\s+(\/?>)$/, '$1')
	);
}

function pretty(svg: string): string {
	const tokens = svg.match(/<[^>]+>|[^<]+/g) ?? [];
	const lines: string[] = [];
	let depth = 0;
	for (let i = 0; i < tokens.length; i += 1) {
		const token = tokens[i]!;
		if (!token.startsWith('<')) {
			const text = token.replace(/\s+/g, ' ').trim();
			if (text) lines.push(`${'  '.repeat(depth)}${text}`);
			continue;
		}
		if (token.startsWith('<!--')) continue;
		if (token.startsWith('</')) {
			depth -= 1;
			lines.push(`${'  '.repeat(depth)}${token}`);
			continue;
		}
		const tag = cleanTag(token);
		if (tag.endsWith('/>')) {
			lines.push(`${'  '.repeat(depth)}${tag}`);
			continue;
		}
		const next = tokens[i + 1];
		// An element with nothing inside (<line></line>) is written self-closing.
		if (next?.startsWith('</')) {
			lines.push(`${'  '.repeat(depth)}${tag.replace(/>$/, ' />')}`);
			i += 1;
			continue;
		}
		// <text>11.7%</text> and <title>…</title> stay on one line.
		const after = tokens[i + 2];
		if (next !== undefined && !next.startsWith('<') && after?.startsWith('</')) {
			lines.push(`${'  '.repeat(depth)}${tag}${next.replace(/\s+/g, ' ').trim()}${after}`);
			i += 2;
			continue;
		}
		lines.push(`${'  '.repeat(depth)}${tag}`);
		depth += 1;
	}
	return `${lines.join('\n')}\n`;
}
