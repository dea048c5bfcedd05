import {
	getCouncils,
	getMeasure,
	getMeasureObservations,
	getNeighbours,
	getRank,
	getSeedFigures,
	getSeries,
	getSource,
} from '../../data';
import type { ChartData } from './chartPackage';

/** The live data layer for chart builders (tests pass their own). */
export const chartData: ChartData = {
	measure: getMeasure,
	series: getSeries,
	measureObservations: getMeasureObservations,
	rank: getRank,
	source: getSource,
	councils: getCouncils,
	seedFigures: getSeedFigures,
	neighbours: getNeighbours,
};
