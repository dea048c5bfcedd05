import type { Council } from '../model/council';
import type { DistrictLookupRow } from '../sources/onsDistrictLookup';
import type { Problem } from '../problems';

/** A district, borough or city council in England and the council responsible for SEND there. */
export interface District {
	onsCode: string;
	name: string;
	/** ONS code of the council responsible for SEND, as in data/derived/councils.csv. */
	councilOnsCode: string;
}

/**
 * The English districts inside counties from ONS's lookup, each joined to the site's council.
 * Districts that are their own upper tier (unitaries, metropolitan and London boroughs) are the
 * councils themselves and are not repeated. Every upper tier must be a known council, and every
 * council must appear in the lookup, so a stale lookup or a missing code change stops the build.
 */
export function districts(
	rows: readonly DistrictLookupRow[],
	councils: readonly Council[],
	councilFor: (code: string) => Council | undefined,
	file: string,
): { districts: District[]; problems: Problem[]; setAside: Record<string, number>; used: number } {
	const problems: Problem[] = [];
	const setAside: Record<string, number> = {};
	const out: District[] = [];
	const seen = new Set<string>();
	let used = 0;
	for (const row of rows) {
		if (!row.districtCode.startsWith('E')) {
			const why = 'areas outside England (Wales, Scotland and Northern Ireland have their own SEND systems)';
			setAside[why] = (setAside[why] ?? 0) + 1;
			continue;
		}
		const council = councilFor(row.upperTierCode);
		if (!council) {
			problems.push({
				file,
				line: row.line,
				column: 4,
				message: `CTYUA25CD: ${row.upperTierName} (${row.upperTierCode}) is not a council the site knows; if ONS changed its code, add a row to data/reference/ons-code-changes.csv (got "${row.upperTierCode}")`,
			});
			continue;
		}
		seen.add(council.onsCode);
		used++;
		if (row.districtCode === row.upperTierCode) continue;
		out.push({ onsCode: row.districtCode, name: row.districtName, councilOnsCode: council.onsCode });
	}
	for (const council of councils) {
		if (!seen.has(council.onsCode))
			problems.push({
				file,
				line: 0,
				column: 0,
				message: `${council.name} (${council.onsCode}) is not in the lookup; if ONS changed its code, add a row to data/reference/ons-code-changes.csv`,
			});
	}
	out.sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.onsCode.localeCompare(b.onsCode));
	return { districts: out, problems, setAside, used };
}
