/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// The end-to-end suite builds the site once; give it room on a shared 2-core machine.
		testTimeout: 60_000,
		hookTimeout: 600_000,
	},
});
