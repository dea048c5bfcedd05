import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { sha256Hex } from '../../src/lib/pipeline/sha256';
import { toCsv } from '../../src/lib/format/toCsv';

// SYNTHETIC data for `npm run bench` only: never read by the site, never committed.
// Copies data/ into a folder and makes every DfE EES file `factor` times as long, so the pipeline
// reads, checks and sets aside `factor` times the rows. Each real row is kept, followed by
// factor - 1 copies whose breakdown cell says "SYNTHETIC copy k"; a breakdown other than "all"
// is set aside by the EES reader, so the site's figures are unchanged and every copy is still read.

// The breakdown columns of the EES files (src/lib/sources/*.ts specs).
const BREAKDOWN_COLUMNS = ['breakdown_topic', 'characteristic_age'];

export interface SyntheticData {
	/** Raw bytes of data/raw before and after. */
	bytesBefore: number;
	bytesAfter: number;
	/** Files made longer. */
	files: string[];
}

const sizeOf = (dir: string): number =>
	readdirSync(dir, { withFileTypes: true }).reduce(
		(n, e) => n + (e.isDirectory() ? sizeOf(join(dir, e.name)) : statSync(join(dir, e.name)).size),
		0,
	);

const csvFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? csvFiles(join(dir, e.name)) : e.name.endsWith('.csv') ? [join(dir, e.name)] : [],
	);

/** Writes a copy of `from`/data into `to`/data with every EES file `factor` times as long, and their sha256 updated. */
export function writeSyntheticData(from: string, to: string, factor: number): SyntheticData {
	cpSync(join(from, 'data'), join(to, 'data'), { recursive: true });
	const bytesBefore = sizeOf(join(to, 'data/raw'));
	const sha = new Map<string, string>();
	const files: string[] = [];
	for (const path of csvFiles(join(to, 'data/raw'))) {
		const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
		const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
		const [header, ...rows] = parsed.data;
		const column = header?.findIndex((h) => BREAKDOWN_COLUMNS.includes(h.trim().toLowerCase())) ?? -1;
		if (!header || column < 0 || header.map((h) => h.toLowerCase()).indexOf('time_period') !== 0) continue;
		const out: string[][] = [];
		for (const row of rows) {
			out.push(row);
			for (let k = 1; k < factor; k++) out.push(row.map((cell, i) => (i === column ? `SYNTHETIC copy ${k}` : cell)));
		}
		const written = toCsv(header, out);
		writeFileSync(path, written);
		const relative = path.slice(to.length + 1);
		sha.set(relative, sha256Hex(written));
		files.push(relative);
	}
	// The build checks each raw file against its recorded sha256, so the copy records the new ones.
	const sourcesPath = join(to, 'data/reference/sources.csv');
	const sources = Papa.parse<Record<string, string>>(readFileSync(sourcesPath, 'utf8'), {
		header: true,
		skipEmptyLines: true,
	});
	for (const row of sources.data) {
		const updated = sha.get(row['file'] ?? '');
		if (updated) row['sha256'] = updated;
	}
	const fields = sources.meta.fields ?? [];
	writeFileSync(
		sourcesPath,
		toCsv(
			fields,
			sources.data.map((row) => fields.map((f) => row[f])),
		),
	);
	return { bytesBefore, bytesAfter: sizeOf(join(to, 'data/raw')), files };
}
