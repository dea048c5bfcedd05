import type { SiteData } from '../pageData/siteData';

/** What the scrutiny builders (claims, questions, scorecard, what changed) read from the site's data. */
export type ScrutinyData = Pick<
	SiteData,
	| 'series'
	| 'rank'
	| 'measure'
	| 'source'
	| 'councils'
	| 'seedFigures'
	| 'seedMeasures'
	| 'lgscoStats'
	| 'lgscoDecisions'
	| 'redress'
	| 'documentText'
>;
