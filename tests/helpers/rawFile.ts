import { readFileSync } from 'node:fs';

/** Reads a repo file as text (tests run from the repo root). */
export const readRepoFile = (path: string): string => readFileSync(path, 'utf8');

/** The header line plus the given 1-based lines of a real file: a tiny fixture that keeps the real shape. */
export function linesOf(path: string, lines: number[]): string {
	const all = readRepoFile(path).split('\n');
	return [all[0], ...lines.map((n) => all[n - 1])].join('\n') + '\n';
}
