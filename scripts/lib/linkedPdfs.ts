import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The PDFs that the built council pages in `root` link but that are not there: the build's last
 * check that a page links a PDF only where one exists.
 */
export function missingLinkedPdfs(root: string): string[] {
	const missing = new Set<string>();
	for (const entry of readdirSync(join(root, 'councils'), { withFileTypes: true })) {
		const page = join(root, 'councils', entry.name, 'index.html');
		if (!entry.isDirectory() || !existsSync(page)) continue;
		for (const [, href] of readFileSync(page, 'utf8').matchAll(/href="\/(briefings\/[^"]+\.pdf)"/g))
			if (href && !existsSync(join(root, href))) missing.add(`/${href} (linked from /councils/${entry.name}/)`);
	}
	return [...missing].sort();
}
