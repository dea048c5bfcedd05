import type { Council } from '../model/council';
import type { Problem } from '../problems';
import type { StatutoryStep } from '../model/statutoryStep';
import { parseOnsDistrictLookup } from '../sources/onsDistrictLookup';
import { parseOnsCodeChanges } from '../sources/onsCodeChanges';
import { parseHexJson } from '../sources/hexJson';
import { parseHexmapChanges } from '../sources/hexmapChanges';
import { parseFamilyOptions, parseRedressRoutes } from '../sources/redressRoutes';
import { type FamilyOption, type RedressRoute } from '../model/redressRoute';
import { councilByOnsCode } from '../places/councilByOnsCode';
import { districts as joinDistricts, type District } from '../places/districts';
import { applyHexmapChanges, type CouncilHex } from '../places/applyHexmapChanges';
import { REFERENCE } from './rawFiles';
import type { TableFiles } from './tableFiles';
import type { FileReport } from './fileReport';

export interface PlacesAndRedress {
	districts: District[];
	hexes: CouncilHex[];
	redressRoutes: RedressRoute[];
	familyOptions: FamilyOption[];
	problems: Problem[];
	reports: FileReport[];
}

/**
 * The inputs of the Find, Compare and "Waiting for a plan?" pages: ONS's district lookup and the
 * hex map, both joined to the councils through ons-code-changes.csv, and the redress routes, each
 * checked against the sources and the statutory steps it refers to.
 */
export function placesAndRedress(
	read: (path: string) => string,
	context: {
		files: Pick<TableFiles, 'onsDistrictLookup' | 'hexmap'>;
		councils: Council[];
		sourceIds: Set<string>;
		timescales: StatutoryStep[];
	},
): PlacesAndRedress {
	const problems: Problem[] = [];
	const take = <T>(parsed: { rows: T[]; problems: Problem[] }): T[] => {
		problems.push(...parsed.problems);
		return parsed.rows;
	};
	const files = context.files;
	const changes = take(parseOnsCodeChanges(read(REFERENCE.onsCodeChanges), REFERENCE.onsCodeChanges));
	const councilFor = councilByOnsCode(context.councils, changes);
	for (const change of changes)
		if (!councilFor(change.dfeFileCode))
			problems.push({
				file: REFERENCE.onsCodeChanges,
				line: change.line,
				column: 2,
				message: `dfe_file_code: no council has this code (got "${change.dfeFileCode}")`,
			});

	const lookupRows = take(parseOnsDistrictLookup(read(files.onsDistrictLookup), files.onsDistrictLookup));
	const joined = joinDistricts(lookupRows, context.councils, councilFor, files.onsDistrictLookup);
	problems.push(...joined.problems);

	const hexJson = parseHexJson(read(files.hexmap), files.hexmap);
	problems.push(...hexJson.problems);
	const hexChanges = take(parseHexmapChanges(read(REFERENCE.hexmapChanges), REFERENCE.hexmapChanges));
	const placed = applyHexmapChanges(hexJson.rows, hexChanges, context.councils, councilFor, {
		hexmap: files.hexmap,
		changes: REFERENCE.hexmapChanges,
	});
	problems.push(...placed.problems);

	const redressRoutes = take(parseRedressRoutes(read(REFERENCE.redressRoutes), REFERENCE.redressRoutes));
	for (const route of redressRoutes)
		if (!context.sourceIds.has(route.sourceId))
			problems.push({
				file: REFERENCE.redressRoutes,
				line: route.line,
				column: 6,
				message: `source_id: unknown source (got "${route.sourceId}")`,
			});
	const familyOptions = take(parseFamilyOptions(read(REFERENCE.familyOptions), REFERENCE.familyOptions));
	const stepIds = new Set(context.timescales.map((s) => s.id));
	const routeIds = new Set(redressRoutes.map((r) => r.id));
	for (const option of familyOptions) {
		if (!stepIds.has(option.stepId))
			problems.push({
				file: REFERENCE.familyOptions,
				line: option.line,
				column: 1,
				message: `step_id: not a step in ${REFERENCE.timescales} (got "${option.stepId}")`,
			});
		for (const id of option.routeIds)
			if (!routeIds.has(id))
				problems.push({
					file: REFERENCE.familyOptions,
					line: option.line,
					column: 3,
					message: `routes: not a route in ${REFERENCE.redressRoutes} (got "${id}")`,
				});
	}

	return {
		districts: joined.districts,
		hexes: placed.hexes,
		redressRoutes,
		familyOptions,
		problems,
		reports: [
			{ file: files.onsDistrictLookup, read: lookupRows.length, used: joined.used, setAside: joined.setAside },
			{ file: files.hexmap, read: hexJson.rows.length, used: hexJson.rows.length, setAside: {} },
		],
	};
}
