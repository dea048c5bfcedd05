import type { Observation } from '../model/observation';
import type { Council } from '../model/council';
import type { Measure } from '../model/measure';
import type { RankOutput } from '../metrics/rankAmongCouncils';
import type { SeedFigure, SeedMeasure } from '../model/seedFigure';
import type { LgscoCouncilStatsRow } from '../sources/lgscoCouncilStats';
import type { LgscoDecisionRow } from '../sources/lgscoDecisions';
import type { RedressData } from '../pipeline/redress';
import {
	getCouncils,
	getLgscoDecisions,
	getLgscoStats,
	getMeasure,
	getRedress,
	getRank,
	getSeedFigures,
	getSeedMeasures,
	getSeries,
	getSource,
	getSourceText,
	type Source,
} from '../data';

/**
 * Everything the scrutiny builders read, injected so each builder stays pure and a test can pass
 * the real data (or a modified copy of it).
 */
export interface ScrutinyData {
	series: (measure: string, areaCode: string) => Observation[];
	rank: (measure: string, period: string, areaCode: string) => RankOutput | undefined;
	measure: (id: string) => Measure;
	source: (id: string) => Source;
	councils: () => Council[];
	seedFigures: () => SeedFigure[];
	seedMeasures: () => SeedMeasure[];
	lgscoStats: () => LgscoCouncilStatsRow[];
	lgscoDecisions: () => LgscoDecisionRow[];
	/** Ombudsman and national Tribunal figures (optional so older test doubles need not give them). */
	redress?: () => RedressData;
	/** The text of a seed document, as kept in data/raw/seeds, to find where a quote starts. */
	documentText: (sourceId: string) => string;
}

/** The site's data, read from data/derived through src/lib/data.ts. */
export function scrutinyData(): ScrutinyData {
	return {
		series: getSeries,
		rank: getRank,
		measure: getMeasure,
		source: getSource,
		councils: getCouncils,
		seedFigures: getSeedFigures,
		seedMeasures: getSeedMeasures,
		lgscoStats: getLgscoStats,
		lgscoDecisions: getLgscoDecisions,
		redress: getRedress,
		documentText: getSourceText,
	};
}
