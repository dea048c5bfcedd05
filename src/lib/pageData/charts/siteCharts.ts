import { getCouncils, getRedress, getSource } from '../../data';
import { councilRedress } from '../redress/councilRedress';
import { tribunalOutcomesChart } from '../redress/nationalRedress';
import { siteData } from '../siteData';
import { chartFiles, type ChartFiles } from './chartFiles';
import { councilCharts } from './councilCharts';
import { nationalTimelinessChart } from './nationalCharts';
import type { ChartPackage } from './chartPackage';
import { chartCite, type ChartCite } from './chartCite';

/** A chart where it is published: its package, its files, and the page (and anchor) it appears on. */
export interface PlacedChart {
	chart: ChartPackage;
	files: ChartFiles;
	/** The page it appears on, from the site root, with the figure's anchor: "councils/derby/#chart-timeliness". */
	appearsOn: string;
	/** That page's name, for the link back: "Derby". */
	appearsOnName: string;
	/** A short page title for the chart's own pages: "Derby: timeliness chart" (html-validate allows 70 characters in all). */
	pageTitle: string;
	/** The iframe height the embed code suggests: the drawing and its words at full width. */
	embedHeight: number;
}

/** Room for the title, subtitle, source and link around the drawing on the embed page. */
export const embedHeight = (chart: ChartPackage) => chart.wide.height + 280;

export const SITE_NAME = 'SEND scrutiny';

/**
 * "Derby: where it stands chart", dropping " chart" where it would not fit: with " | SEND scrutiny"
 * after it, the longest council name (Bournemouth, Christchurch and Poole) still fits in 70.
 */
export function chartPageTitle(area: string, id: string): string {
	const title = `${area}: ${id.replace(/-/g, ' ')}`;
	return title.length + ' chart'.length <= 54 ? `${title} chart` : title;
}

const place = (chart: ChartPackage, dir: string, page: string, pageName: string, area: string): PlacedChart => ({
	chart,
	files: chartFiles(dir, chart.id),
	appearsOn: `${page}#${chart.figure.id ?? chart.id}`,
	appearsOnName: pageName,
	pageTitle: chartPageTitle(area, chart.id),
	embedHeight: embedHeight(chart),
});

let cached: PlacedChart[] | undefined;

/**
 * Every chart the site publishes with a download: each council page's charts and its Ombudsman
 * chart, the home page's national chart and the redress page's Tribunal chart. The same list
 * drives the SVG, PNG and embed endpoints, so a chart on a page always has its files.
 */
export function siteCharts(): PlacedChart[] {
	if (cached) return cached;
	const councils = getCouncils();
	const list: PlacedChart[] = [];
	const national = nationalTimelinessChart(siteData);
	if (national) list.push(place(national, '', '', 'England, on the home page', 'England'));
	const tribunal = tribunalOutcomesChart(getRedress())?.chart;
	if (tribunal) list.push(place(tribunal, 'redress/', 'redress/', 'Redress for families', 'England'));
	for (const council of councils) {
		const dir = `councils/${council.slug}/`;
		const charts = [
			...councilCharts(council, siteData).flatMap((s) => s.charts),
			councilRedress(council, getRedress(), councils.length).chart,
		];
		for (const chart of charts) if (chart) list.push(place(chart, dir, dir, council.name, council.name));
	}
	cached = list;
	return list;
}

/** A placed chart's citation, with our page's full address on the public origin. */
export const placedChartCite = (placed: PlacedChart, site: URL): ChartCite =>
	chartCite(placed.chart.figure, getSource, { pageUrl: new URL(placed.appearsOn, site).href, siteName: SITE_NAME });
