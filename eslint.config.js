// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
	{ ignores: ['dist/', 'node_modules/', '.astro/', 'coverage/', '.build-tmp/', '.dist-*/', 'data/'] },
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...tseslint.configs.stylisticTypeChecked,
	{
		languageOptions: {
			globals: { ...globals.node },
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			// tsconfig's noPropertyAccessFromIndexSignature asks for record['key']; this rule asks the opposite.
			'@typescript-eslint/dot-notation': 'off',
			// An empty CSV cell is '' and means "absent", so `a || b` on strings is the intended fallback.
			'@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
			// A leading underscore marks a value left out on purpose (rest destructuring, unused parameters).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
			],
		},
	},
	...astro.configs.recommended,
	{
		// Astro components are type-checked by `astro check`; the typed rules need a TS program they lack.
		files: ['**/*.astro', '**/*.js', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		// Vitest imports .astro components through Astro's Vite plugin; outside `astro check` their type is unknown.
		files: ['tests/components/**/*.ts'],
		rules: { '@typescript-eslint/no-unsafe-argument': 'off', '@typescript-eslint/no-unsafe-assignment': 'off' },
	},
	{
		// Files in public/ are served as they are and run in the reader's browser, not in Node.
		files: ['public/**/*.js'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		// One-way layers: charts, page data, components and pages take the domain's types and words from
		// src/lib/model (or the one reader, src/lib/data.ts), never from a source reader or the CSV
		// parsing layer. The CSV writer for downloads is src/lib/format/toCsv.ts.
		files: ['src/lib/charts/**', 'src/lib/pageData/**', 'src/components/**', 'src/pages/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/lib/sources/*', '../sources/*', '../../sources/*', '**/lib/csv/*', '../csv/*', '../../csv/*'],
							message: 'Import domain types and words from src/lib/model, and data through src/lib/data.ts.',
						},
					],
				},
			],
		},
	},
	{
		// A source module reads one file format into rows; turning rows into observations happens
		// downstream (transforms, pipeline), so a source never imports from there.
		files: ['src/lib/sources/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['../transforms/*', '../pipeline/*', '../pageData/*', '../charts/*', '../data'],
							message: 'Sources read files into rows; they do not depend on the steps that use those rows.',
						},
					],
				},
			],
		},
	},
	{
		// The model is what every layer shares, so it depends on none of them.
		files: ['src/lib/model/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: [
								'../sources/*',
								'../csv/*',
								'../transforms/*',
								'../pipeline/*',
								'../pageData/*',
								'../charts/*',
								'../data',
							],
							message: 'The domain model depends on no layer that uses it.',
						},
					],
				},
			],
		},
	},
	{
		// The library computes; only scripts talk to the terminal.
		files: ['src/lib/**/*.ts'],
		rules: { 'no-console': 'error' },
	},
);
