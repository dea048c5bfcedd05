// The file formats the pipeline knows, named in the `format` column of data/reference/sources.csv.
// A new release of a known format is files plus rows in sources.csv; only a new format needs code
// (a reader in src/lib/sources and an entry in src/lib/pipeline/readers.ts).

/**
 * Formats whose files are series of figures by year: every file of one of these formats is read,
 * and for each measure and period the file of the newest `reporting_year` supplies the figure
 * (a later release supersedes an earlier one; each year is read from exactly one file).
 */
export const SERIES_FORMATS = [
	'dfe-ees-caseload',
	'dfe-sen2-mi',
	'dfe-sen2-age-caseload',
	'dfe-ees-timeliness',
	'dfe-ees-requests',
	'dfe-ees-newplans',
	'moj-appeal-rate-by-year',
	'moj-appeal-rate-new-method',
	'dfe-ees-assessments',
] as const;

/** Formats of files the pipeline reads once each, for what they alone hold (places, redress, inspections). */
export const TABLE_FORMATS = [
	'lgsco-council-statistics',
	'lgsco-compiled-statistics',
	'lgsco-decisions',
	'lgsco-national-figures',
	'tribunal-national-outcomes',
	'dfe-statistical-neighbours',
	'ofsted-area-send-to-2022',
	'ofsted-area-send-mi-2023',
	'ofsted-area-send-d2i',
	'ons-lad-ctyua',
	'hexjson',
] as const;

/**
 * Files kept with the data but not read as figures: documents quoted by line (seed-figures.csv
 * cites them), publishers' guidance and notes, compiled pages and superseded copies kept for
 * cross-checks. They are still checked against their sha256.
 */
export const UNREAD_FORMATS = ['document', 'guidance', 'stored-pages', 'superseded'] as const;

export const FORMATS = [...SERIES_FORMATS, ...TABLE_FORMATS, ...UNREAD_FORMATS] as const;
export type Format = (typeof FORMATS)[number];
export type SeriesFormat = (typeof SERIES_FORMATS)[number];
export type TableFormat = (typeof TABLE_FORMATS)[number];

export const isFormat = (s: string): s is Format => (FORMATS as readonly string[]).includes(s);
export const isSeriesFormat = (s: string): s is SeriesFormat => (SERIES_FORMATS as readonly string[]).includes(s);
