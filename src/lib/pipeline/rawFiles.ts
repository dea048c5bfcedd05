// Where the hand-made reference tables and transcriptions live, named once so the pipeline, tests
// and docs agree. Published and compiled files are not here: data/reference/sources.csv lists them,
// with the format each is read as (src/lib/sources/formats.ts).
export const REFERENCE = {
	sources: 'data/reference/sources.csv',
	measures: 'data/reference/measures.csv',
	formerCouncils: 'data/reference/former-councils.csv',
	codeCorrections: 'data/reference/code-corrections.csv',
	seedMeasures: 'data/reference/seed-measures.csv',
	timescales: 'data/reference/statutory-timescales.csv',
	qualityRules: 'data/reference/quality-rules.csv',
	onsCodeChanges: 'data/reference/ons-code-changes.csv',
	hexmapChanges: 'data/reference/hexmap-changes.csv',
	redressRoutes: 'data/reference/redress-routes.csv',
	familyOptions: 'data/reference/family-options.csv',
	lgscoCouncils: 'data/reference/lgsco-councils.csv',
	lgscoQuotingSources: 'data/reference/lgsco-quoting-sources.csv',
	lgscoDecisionThemes: 'data/reference/lgsco-decision-themes.csv',
	lgscoThemes: 'data/reference/lgsco-themes.csv',
	dataUpdates: 'data/reference/data-updates.csv',
	missingFigures: 'data/reference/missing-figures.csv',
} as const;

export const TRANSCRIBED = {
	seedFigures: 'data/transcribed/seed-figures.csv',
} as const;

export const DERIVED_DIR = 'data/derived';
