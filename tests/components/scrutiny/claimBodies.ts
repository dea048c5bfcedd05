import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { createComponent, render, unescapeHTML } from 'astro/runtime/server/index.js';
import type { ClaimFile } from '../../lib/scrutiny/claimFiles';

// Under vitest there is no content store, so getCollection()/render() from astro:content are
// mocked with the real claim files: each body is rendered by Astro's own Markdown processor and
// wrapped as a component, as Astro does for a content entry.
const processor = createMarkdownProcessor();

/** The claim's body as HTML, rendered as the site renders it. */
export async function bodyHtml(claim: ClaimFile): Promise<string> {
	return (await (await processor).render(claim.body)).code;
}

/** A stand-in for render(entry).Content. */
export async function bodyComponent(claim: ClaimFile) {
	const html = await bodyHtml(claim);
	return createComponent(() => render`${unescapeHTML(html)}`);
}
