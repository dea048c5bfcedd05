/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['tests/**/*.test.ts'],
		// The end-to-end suite builds the site once; give it room on a shared 2-core machine.
		testTimeout: 60_000,
		hookTimeout: 600_000,
		// `npm run test:coverage` (CI): src/lib computes everything the pages show, so it carries the
		// thresholds; components are covered by golden SVGs and the end-to-end tests instead.
		// Raise the thresholds as coverage grows; never lower them.
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts'],
			reporter: ['text-summary', 'json-summary'],
			thresholds: { lines: 92, statements: 92, functions: 94, branches: 87 },
		},
	},
});
