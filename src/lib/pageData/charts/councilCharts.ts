import type { Council } from '../../model/council';
import type { ChartData, ChartPackage } from './chartPackage';
import { timelinessChart } from './timelinessChart';
import { conversionStockChart } from './conversionChart';
import { demandChart } from './demandChart';
import { appealsChart, appealRateChart } from './tribunalChart';
import { whereItStandsChart } from './whereItStandsChart';
import { derbyConversionPaceChart, derbyFunnelChart } from './seedCharts';

/** The chart sections of a council page, in reading order, each with its charts. */
export interface ChartSection {
	id: string;
	heading: string;
	charts: ChartPackage[];
}

/** Every chart on a council page; a chart with no data for the council is left out, not drawn empty. */
export function councilCharts(council: Council, data: ChartData): ChartSection[] {
	const keep = (list: (ChartPackage | null)[]) => list.filter((c): c is ChartPackage => c !== null);
	return [
		{
			id: 'timeliness',
			heading: 'Timeliness',
			charts: keep([timelinessChart(council, data), derbyFunnelChart(council, data)]),
		},
		{
			id: 'conversion',
			heading: 'Conversion of statements to EHC plans, 2014 to 2018',
			charts: keep([conversionStockChart(council, data), derbyConversionPaceChart(council, data)]),
		},
		{ id: 'demand', heading: 'Demand', charts: keep([demandChart(council, data)]) },
		{
			id: 'redress',
			heading: 'Redress: the SEND Tribunal',
			charts: keep([appealsChart(council, data), appealRateChart(council, data)]),
		},
		{
			id: 'where-it-stands',
			heading: 'Where it stands among councils',
			charts: keep([whereItStandsChart(council, data)]),
		},
	].filter((s) => s.charts.length > 0);
}

/** One chart by id, for its CSV endpoint. */
export function councilChart(council: Council, id: string, data: ChartData): ChartPackage | undefined {
	return councilCharts(council, data)
		.flatMap((s) => s.charts)
		.find((c) => c.id === id);
}
