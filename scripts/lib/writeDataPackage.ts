import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { dataPackage, type PublishedCsv } from '../../src/lib/site/dataPackage';

/** Lists every CSV in a built site folder with its header row, and writes datapackage.json beside them. */
export function writeDataPackage(dir: string, site: string): number {
	const csvs: PublishedCsv[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.csv')) {
				const firstLine = Papa.parse<string[]>(readFileSync(path, 'utf8'), { preview: 1 }).data[0] ?? [];
				csvs.push({ path: relative(dir, path), header: firstLine });
			}
		}
	};
	walk(dir);
	const descriptor = dataPackage(csvs, { site });
	writeFileSync(join(dir, 'datapackage.json'), `${JSON.stringify(descriptor, null, '\t')}\n`);
	return csvs.length;
}
