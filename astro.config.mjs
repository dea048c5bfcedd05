// @ts-check
import { defineConfig } from 'astro/config';

// Static output only: every chart is drawn at build time, so pages ship no client JavaScript.
export default defineConfig({
	output: 'static',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'always' },
	devToolbar: { enabled: false },
	prefetch: false,
});
