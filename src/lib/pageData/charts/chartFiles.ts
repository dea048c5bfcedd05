/**
 * Where a chart's files live, from the folder of the page it appears on and its id: the CSV, SVG
 * and PNG beside each other (/councils/derby/timeliness.csv, .svg, .png) and its embed page
 * (/councils/derby/charts/timeliness/embed/), and its own page with the citation
 * (/councils/derby/charts/timeliness/). Paths are from the site root, without the base.
 */
export interface ChartFiles {
	csv: string;
	svg: string;
	png: string;
	embed: string;
	page: string;
}

export function chartFiles(dir: string, id: string): ChartFiles {
	const folder = dir === '' || dir.endsWith('/') ? dir : `${dir}/`;
	return {
		csv: `${folder}${id}.csv`,
		svg: `${folder}${id}.svg`,
		png: `${folder}${id}.png`,
		embed: `${folder}charts/${id}/embed/`,
		page: `${folder}charts/${id}/`,
	};
}
