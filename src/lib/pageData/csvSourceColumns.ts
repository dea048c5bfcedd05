import type { Observation } from '../model/observation';
/** The parts of a source row a CSV reader needs to cite a figure without opening our repository. */
export interface CsvSource {
	publisher: string;
	title: string;
	release: string;
	published: string;
	url: string;
}

/** Column names, in order, for the citation every CSV row carries. */
export const SOURCE_COLUMNS = ['source', 'source_release', 'source_published', 'source_url'] as const;

/**
 * A figure's citation as the publisher gives it: "Department for Education: Education, health and
 * care plans …", the release, its publication date and the publisher's address.
 */
export function sourceCells(source: CsvSource): string[] {
	return [`${source.publisher}: ${source.title}`, source.release, source.published, source.url];
}

/** A figure's own cells in a CSV download: value (blank unless published), status, numerator, denominator, break in series. */
export const figureCells = (o: Observation): (string | number)[] => [
	o.figure.status === 'published' ? String(o.figure.value) : '',
	o.figure.status,
	o.numerator ?? '',
	o.denominator ?? '',
	o.breakInSeries ? 'yes' : '',
];
