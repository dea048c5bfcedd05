import type { Council } from '../model/council';
import type { Hex } from '../sources/hexJson';
import type { HexmapChange } from '../sources/hexmapChanges';
import type { Problem } from '../problems';

/** A council's place on the hex map: column q and row r (odd-r layout, r grows northwards). */
export interface CouncilHex {
	councilOnsCode: string;
	q: number;
	r: number;
}

/**
 * Brings the published hex map up to date with data/reference/hexmap-changes.csv (applied in
 * order), then checks the result: one hex per council, every hex a council, no two hexes on one
 * spot. Any failure is a problem naming the change's line, so a wrong edit stops the build.
 */
export function applyHexmapChanges(
	hexes: readonly Hex[],
	changes: readonly HexmapChange[],
	councils: readonly Council[],
	councilFor: (code: string) => Council | undefined,
	files: { hexmap: string; changes: string },
): { hexes: CouncilHex[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const map = new Map(hexes.map((h) => [h.code, { q: h.q, r: h.r }]));
	const fail = (line: number, column: number, message: string) =>
		problems.push({ file: files.changes, line, column, message });
	for (const change of changes) {
		const here = map.get(change.code);
		if (change.action === 'add') {
			if (here) fail(change.line, 2, `code: ${change.code} already has a hex; use move (got "${change.code}")`);
			else map.set(change.code, { q: change.q, r: change.r });
			continue;
		}
		if (!here) {
			fail(change.line, 2, `code: ${change.code} has no hex to ${change.action} (got "${change.code}")`);
			continue;
		}
		switch (change.action) {
			case 'remove':
				map.delete(change.code);
				break;
			case 'move':
				map.set(change.code, { q: change.q, r: change.r });
				break;
			case 'recode':
				if (map.has(change.newCode)) {
					fail(change.line, 3, `new_code: ${change.newCode} already has a hex (got "${change.newCode}")`);
					break;
				}
				map.delete(change.code);
				map.set(change.newCode, here);
		}
	}
	const out: CouncilHex[] = [];
	const spot = new Map<string, string>();
	const placed = new Set<string>();
	for (const [code, { q, r }] of map) {
		const council = councilFor(code);
		if (!council) {
			problems.push({
				file: files.hexmap,
				line: 0,
				column: 0,
				message: `hex ${code} is not a current council; remove or recode it in ${files.changes}`,
			});
			continue;
		}
		const key = `${q},${r}`;
		const other = spot.get(key);
		if (other)
			problems.push({
				file: files.changes,
				line: 0,
				column: 0,
				message: `${code} and ${other} share the hex at q ${q}, r ${r}`,
			});
		spot.set(key, code);
		if (placed.has(council.onsCode))
			problems.push({
				file: files.changes,
				line: 0,
				column: 0,
				message: `${council.name} has two hexes`,
			});
		placed.add(council.onsCode);
		out.push({ councilOnsCode: council.onsCode, q, r });
	}
	for (const council of councils)
		if (!placed.has(council.onsCode))
			problems.push({
				file: files.changes,
				line: 0,
				column: 0,
				message: `${council.name} (${council.onsCode}) has no hex; add one`,
			});
	out.sort((a, b) => a.councilOnsCode.localeCompare(b.councilOnsCode));
	return { hexes: out, problems };
}
