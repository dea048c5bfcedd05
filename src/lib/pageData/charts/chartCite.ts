import type { ChartFigureProps } from '../../../schemas/chartFigure';
import { formatIsoDate } from '../../format/formatIsoDate';
import { shortTitle } from '../../format/sourceLabel';
import type { ChartSourceRow } from './chartPackage';

/** One source of a chart as a citation needs it: who, what, which release, when and where. */
export interface CiteSource {
	publisher: string;
	/** The publication's title without file names: "Education, health and care plans". */
	title: string;
	/** The release, as the publisher names it; '' when not recorded. */
	release: string;
	/** Publication date, ISO; '' when the source does not give one (never guessed). */
	published: string;
	/** The publisher's address; '' when it has none. */
	url: string;
}

/** "Cite this" for a chart: its sources in full, our page's address and a line to paste. */
export interface ChartCite {
	chartTitle: string;
	sources: CiteSource[];
	/** Where the chart appears on our site, with the figure's anchor. */
	pageUrl: string;
	siteName: string;
	/** A suggested citation: our chart and page, then each source with its release, date and address. */
	citation: string;
}

/** A source's release and date in words: "Reporting year 2025 (…), published 26 June 2025". */
export function releaseWords(source: Pick<CiteSource, 'release' | 'published'>): string {
	const date = source.published ? (formatIsoDate(source.published) ?? source.published) : '';
	return [source.release, date && `published ${date}`].filter(Boolean).join(', ');
}

/**
 * The citation of a chart. Sources read from data/reference/sources.csv (those with a sourceId)
 * give their release and date from there; a source a chart names by hand (a report quoting the
 * Ombudsman) gives what the chart shows of it, and no release or date is made up.
 */
export function chartCite(
	figure: Pick<ChartFigureProps, 'title' | 'sources'>,
	sourceOf: (id: string) => ChartSourceRow,
	options: { pageUrl: string; siteName: string },
): ChartCite {
	const sources = figure.sources.map((s): CiteSource => {
		if (s.sourceId) {
			const row = sourceOf(s.sourceId);
			return {
				publisher: row.publisher,
				title: shortTitle(row.title),
				release: row.release,
				published: row.published,
				url: row.url,
			};
		}
		return { publisher: s.publisher, title: s.title, release: '', published: '', url: s.url ?? '' };
	});
	const sourceText = (s: CiteSource) => [s.publisher, s.title, releaseWords(s), s.url].filter(Boolean).join(', ');
	return {
		chartTitle: figure.title,
		sources,
		pageUrl: options.pageUrl,
		siteName: options.siteName,
		citation: `${options.siteName}, chart "${figure.title}", ${options.pageUrl}. Data: ${sources.map(sourceText).join('; ')}.`,
	};
}
