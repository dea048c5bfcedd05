// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// The site's public origin, set once: the one-sheet PDFs print the council page's full address
// from it (and Open Graph tags and a sitemap can use it later). Set SITE_URL when building for
// the real address; the default is a reserved .example name, so a build without it never prints
// an address that belongs to someone else.
const site = process.env.SITE_URL || 'https://send-scrutiny.example';

// Static output only: every chart is drawn at build time, so pages ship no client JavaScript.
// Stylesheets are files on this site that every page links and a browser caches once, rather than
// ~10 kB inlined into each of 153 council pages (the budget is 150 kB of HTML a page).
export default defineConfig({
	site,
	// sitemap-index.xml lists every page (not the 404, nor the chart embed pages meant for iframes) at the public origin.
	integrations: [sitemap({ filter: (page) => !page.endsWith('/404/') && !page.endsWith('/embed/') })],
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	devToolbar: { enabled: false },
	prefetch: false,
});
