import {
	getCouncils,
	getHexes,
	getInspections,
	getLgscoDecisions,
	getLgscoStats,
	getMeasure,
	getMeasureObservations,
	getNeighbours,
	getRank,
	getRedress,
	getRegions,
	getSeedFigures,
	getSeedMeasures,
	getSeries,
	getSource,
	getSourceText,
	type Source,
} from '../data';
import type { Council } from '../model/council';
import type { Measure } from '../model/measure';
import type { Observation } from '../model/observation';
import type { Region } from '../model/region';
import type { SeedFigure, SeedMeasure } from '../model/seedFigure';
import type { RankOutput } from '../metrics/rankAmongCouncils';
import type { CouncilHex } from '../places/applyHexmapChanges';
import type { Inspection } from '../pipeline/inspections';
import type { RedressData } from '../pipeline/redress';

/**
 * Everything page-data builders read, as one set of functions. Each builder asks for the part it
 * needs (`Pick<SiteData, …>`), so it stays pure; pages pass `siteData`, tests pass it or a copy with
 * a member replaced.
 */
export interface SiteData {
	measure: (id: string) => Measure;
	/** All observations of one measure for one area, oldest period first. */
	series: (measure: string, areaCode: string) => Observation[];
	/** All observations of one measure, every area and period. */
	measureObservations: (measure: string) => Observation[];
	rank: (measure: string, period: string, areaCode: string) => RankOutput | undefined;
	source: (id: string) => Source;
	councils: () => Council[];
	/** How many councils there are, to judge whether a rank covers enough of them to mean anything. */
	councilCount: number;
	regions: () => Region[];
	hexes: () => CouncilHex[];
	/** The council's statistical neighbours, closest first. */
	neighbours: (council: Council) => Council[];
	/** True for a figure the site's data-quality rules doubt; such a figure is never compared. */
	isDoubtful: (o: Observation) => boolean;
	seedFigures: () => SeedFigure[];
	seedMeasures: () => SeedMeasure[];
	/** The Ombudsman's council statistics and decisions, as the data reader gives them. */
	lgscoStats: typeof getLgscoStats;
	lgscoDecisions: typeof getLgscoDecisions;
	/** Ombudsman and national Tribunal figures. */
	redress: () => RedressData;
	inspections: (council: Council) => Inspection[];
	/** The text of a seed document, as kept in data/raw/seeds, to find where a quote starts. */
	documentText: (sourceId: string) => string;
}

/** The site's data, read from data/derived through src/lib/data.ts. */
export const siteData: SiteData = {
	measure: getMeasure,
	series: getSeries,
	measureObservations: getMeasureObservations,
	rank: getRank,
	source: getSource,
	councils: getCouncils,
	// A getter, so importing this module does not read data/derived.
	get councilCount() {
		return getCouncils().length;
	},
	regions: getRegions,
	hexes: getHexes,
	neighbours: getNeighbours,
	isDoubtful: (o) => Boolean(o.doubt),
	seedFigures: getSeedFigures,
	seedMeasures: getSeedMeasures,
	lgscoStats: getLgscoStats,
	lgscoDecisions: getLgscoDecisions,
	redress: getRedress,
	inspections: getInspections,
	documentText: getSourceText,
};
