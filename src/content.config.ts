import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { claimBodyProblem, claimSchema } from './lib/scrutiny/claimSchema';

// Claims made about a council's SEND performance, each set against the official figures
// (src/lib/scrutiny/claimEvidence.ts). The frontmatter is checked by claimSchema; the glob loader
// does not pass the Markdown body to a schema, so the body is checked here after loading: it must
// be words only, because every figure on a claim card is rendered from the data.
const claimFiles = glob({ pattern: '**/*.md', base: './src/content/claims' });

const claims = defineCollection({
	loader: {
		name: 'claims-glob-words-only',
		load: async (context) => {
			await claimFiles.load(context);
			const problems = context.store.values().flatMap((entry) => {
				const problem = claimBodyProblem(entry.body ?? '');
				return problem ? [`src/content/claims/${entry.filePath?.split('/').at(-1) ?? entry.id}: ${problem}`] : [];
			});
			if (problems.length > 0) throw new Error(`claims: ${problems.join('\n')}`);
		},
	},
	schema: claimSchema,
});

export const collections = { claims };
