import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataBuild } from './buildData';
import { derivedFiles } from './derivedFiles';

/**
 * Writes the derived files. Each is written beside its target and renamed into place, so an
 * interrupted run never leaves a half-written file for the site build to read.
 */
export function writeDerived(build: DataBuild): string[] {
	const files = derivedFiles(build);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(`${path}.tmp`, text);
	}
	for (const path of Object.keys(files)) renameSync(`${path}.tmp`, path);
	return Object.keys(files);
}
