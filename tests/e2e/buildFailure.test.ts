import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// `npm run build` on bad input, in a scratch copy of the project: it must stop, list every
// problem as file:line:column, exit non-zero and leave the previously built dist/ untouched.
describe('npm run build on bad input', () => {
	it('stops with located messages and leaves dist/ as it was', () => {
		const root = mkdtempSync(join(tmpdir(), 'send-build-'));
		try {
			for (const entry of ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts', 'data', 'public']) {
				cpSync(entry, join(root, entry), { recursive: true });
			}
			symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
			mkdirSync(join(root, 'dist'));
			writeFileSync(join(root, 'dist/index.html'), '<p>the site as it was</p>');

			const file = 'data/raw/moj-send-appeal-rate/SEND_appealable_decisions_rate_2024-2025.csv';
			const lines = readFileSync(join(root, file), 'utf8').split('\n');
			const derby = lines.findIndex((l) => l.startsWith('Derby,831,'));
			lines[derby] = 'Derby,831,190,1482,112.80%,223,-2441,9.10%';
			writeFileSync(join(root, file), lines.join('\n'));

			const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/build-site.ts'], {
				cwd: root,
				encoding: 'utf8',
			});
			expect(run.status).toBe(1);
			expect(run.stderr).toContain(`${file}:${derby + 1}:5:`);
			expect(run.stderr).toContain(`${file}:${derby + 1}:7:`);
			expect(run.stderr).toMatch(/sha256: .*SEND_appealable_decisions_rate_2024-2025\.csv has changed/);
			expect(run.stderr).toContain('dist/ was left as it was');
			expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('<p>the site as it was</p>');
			expect(existsSync(join(root, 'dist/councils'))).toBe(false);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
