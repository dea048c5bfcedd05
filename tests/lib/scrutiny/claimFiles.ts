import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { claimSchema } from '../../../src/lib/scrutiny/claimSchema';
import type { ClaimEntry } from '../../../src/lib/scrutiny/claimCard';

// The claims collection as Astro's glob loader reads it: the same frontmatter parser Astro uses,
// validated by the same schema. Needed because getCollection() has no content store under vitest.
export const CLAIMS_DIR = 'src/content/claims';

export interface ClaimFile extends ClaimEntry {
	file: string;
	body: string;
}

/** Every claim file, parsed and validated, in file-name order. */
export function readClaims(): ClaimFile[] {
	return readdirSync(CLAIMS_DIR)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => {
			const file = `${CLAIMS_DIR}/${f}`;
			const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
			const parsed = claimSchema.safeParse(frontmatter);
			if (!parsed.success)
				throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
			return { id: f.replace(/\.md$/, ''), file, body: content, data: parsed.data };
		});
}
