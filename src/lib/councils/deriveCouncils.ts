import type { EesRow } from '../sources/eesTable';
import type { Problem } from '../problems';
import { councilSlug, councilType, type Council } from '../model/council';

/**
 * The list of councils, derived from the latest census in DfE's caseload file so that there is
 * one source of truth: a council exists on the site because DfE publishes its plans in place.
 */
export function deriveCouncils(
	caseloadRows: readonly EesRow[],
	file: string,
): { councils: Council[]; problems: Problem[] } {
	const councilRows = caseloadRows.filter((r) => r.areaType === 'council');
	const latest = Math.max(...councilRows.map((r) => r.year));
	const problems: Problem[] = [];
	const bySlug = new Map<string, EesRow>();
	const councils: Council[] = [];
	for (const row of councilRows.filter((r) => r.year === latest)) {
		const type = councilType(row.areaCode);
		if (!type) {
			problems.push({
				file,
				line: row.line,
				column: 0,
				message: `${row.name}: ONS code ${row.areaCode} is not a county, unitary, metropolitan or London code`,
			});
			continue;
		}
		const slug = councilSlug(row.name);
		const clash = bySlug.get(slug);
		if (clash) {
			problems.push({
				file,
				line: row.line,
				column: 0,
				message: `${row.name} and ${clash.name} (line ${clash.line}) would share the URL /councils/${slug}/`,
			});
			continue;
		}
		bySlug.set(slug, row);
		councils.push({
			dfeCode: row.dfeCode ?? '',
			onsCode: row.areaCode,
			name: row.name,
			slug,
			type,
			regionCode: row.regionCode ?? '',
			regionName: row.regionName ?? '',
		});
	}
	councils.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
	return { councils, problems };
}
