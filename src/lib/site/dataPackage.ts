/**
 * datapackage.json for the built site (Frictionless Data Package, v1 descriptor): every CSV the
 * site publishes, with its fields, so a journalist or a tool can find and type the data without
 * reading our pages. Built from the CSVs actually written, so nothing published goes unlisted.
 */

/** What the descriptor needs of one CSV: its path from the site root and its header row. */
export interface PublishedCsv {
	path: string;
	header: readonly string[];
}

interface Field {
	name: string;
	type: 'string' | 'number' | 'integer' | 'date';
	description?: string;
}

// Columns that mean the same in every CSV the site writes (observationsCsv, chartCsv, the seed charts' CSV).
const KNOWN_FIELDS: Record<string, Omit<Field, 'name'>> = {
	measure: { type: 'string', description: 'Measure id; definitions on the Methodology page and in measures.csv' },
	area: { type: 'string', description: 'Area name' },
	area_code: { type: 'string', description: 'ONS code of the area (England E92000001, regions E12…, councils)' },
	period_type: { type: 'string', description: 'calendar, academic, financial or census' },
	period: { type: 'string', description: 'Period as the publisher gives it, e.g. 2025, 2024/25' },
	value: { type: 'number', description: 'The figure; blank when none was published (see status)' },
	status: {
		type: 'string',
		description: 'published, or why there is no figure: unavailable, not_applicable, suppressed, low, unreliable',
	},
	numerator: { type: 'integer', description: 'For a rate: the count above the line, where published' },
	denominator: { type: 'integer', description: 'For a rate: the count below the line, where published' },
	break_in_series: { type: 'string', description: '"yes" where the publisher marks a break before this period' },
	source: { type: 'string', description: 'Publisher and title of the source' },
	source_release: { type: 'string', description: 'The release the figure comes from' },
	source_published: { type: 'date', description: 'Date the release was published, where known' },
	source_url: { type: 'string', description: "The publisher's address for the source" },
	source_id: { type: 'string', description: 'Id of the source on the Sources page' },
	source_file: { type: 'string', description: 'The published file as copied into the project repository' },
	source_line: { type: 'integer', description: 'Line of that file the figure was read from' },
	calculation: { type: 'string', description: 'How a figure the site calculates was worked out' },
	note: { type: 'string', description: 'A caveat the reader must see beside the figure' },
	series: { type: 'string', description: 'The chart series the row belongs to' },
	label: { type: 'string', description: 'The bar the row is drawn as' },
	figure_id: { type: 'string', description: 'Id of the figure as transcribed from the document' },
	unit: { type: 'string', description: 'Unit of the value as the document gives it: count, percent, weeks …' },
	qualifier: { type: 'string', description: 'How the document hedged the figure: exact, about, more than …' },
	quote_line: { type: 'integer', description: 'Line of the document the figure is quoted from' },
	quote: { type: 'string', description: 'The words the figure is read from, as the document prints them' },
};

/** A resource name Frictionless accepts: lower case, digits, "-", "_" and "." only. */
const resourceName = (path: string) =>
	path
		.replace(/^\//, '')
		.replace(/\.csv$/, '')
		.replace(/[^a-z0-9._-]+/gi, '-')
		.toLowerCase();

export function dataPackage(csvs: readonly PublishedCsv[], options: { site: string }) {
	return {
		profile: 'tabular-data-package',
		name: 'send-scrutiny',
		title: 'SEND scrutiny: how English councils handle special educational needs',
		homepage: options.site,
		licenses: [
			{
				name: 'OGL-UK-3.0',
				path: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
				title: 'Open Government Licence v3.0 (the published statistics); see each source for its terms',
			},
		],
		resources: [...csvs]
			.sort((a, b) => a.path.localeCompare(b.path))
			.map((csv) => ({
				name: resourceName(csv.path),
				path: csv.path.replace(/^\//, ''),
				profile: 'tabular-data-resource',
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				schema: {
					fields: csv.header.map((name): Field => ({ name, ...(KNOWN_FIELDS[name] ?? { type: 'string' }) })),
				},
			})),
	};
}
