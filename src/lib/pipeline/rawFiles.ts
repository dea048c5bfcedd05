// Where each input lives in the repo, named once so the pipeline, tests and docs agree.
export const RAW = {
	timeliness2025: 'data/raw/dfe-ehcp-2025-release/timeliness_20_week.csv',
	requests2025: 'data/raw/dfe-ehcp-2025-release/requests.csv',
	caseload2025: 'data/raw/dfe-ehcp-2025-release/caseload.csv',
	newPlans2025: 'data/raw/dfe-ehcp-2025-release/newplans.csv',
	timeliness2026: 'data/raw/dfe-ehcp-2026-release-la/timeliness_20_week_2026release_la.csv',
	requests2026: 'data/raw/dfe-ehcp-2026-release-la/requests_2026release_la.csv',
	caseload2026: 'data/raw/dfe-ehcp-2026-release-la/caseload_2026release_la.csv',
	newPlans2026: 'data/raw/dfe-ehcp-2026-release-la/newplans_2026release_la.csv',
	sen2Mi2023: 'data/raw/dfe-ehcp-2023-release/sen2_mi.csv',
	sen2AgeCaseload2022: 'data/raw/dfe-ehcp-2022-release/sen2_age_caseload.csv',
	appealRate2014to2024: 'data/raw/moj-send-appeal-rate/SEND_Tribunals_and_appeal_rate_2014-2024.csv',
	appealRate2024to2025: 'data/raw/moj-send-appeal-rate/SEND_appealable_decisions_rate_2024-2025.csv',
	lgscoCouncilStats: 'data/raw/lgsco/lgsco_council_statistics_seen.csv',
	lgscoDecisions: 'data/raw/lgsco/lgsco_decisions_derby_derbyshire_sample.csv',
	lgscoCompiledStats: 'data/raw/lgsco-councils/lgsco_council_statistics_more_councils.csv',
	lgscoDecisionsMore: 'data/raw/lgsco-councils/lgsco_send_decisions_sample_more_councils.csv',
	lgscoNational: 'data/raw/send-redress-national/lgsco_national_figures.csv',
	tribunalNational: 'data/raw/send-redress-national/send_tribunal_national_outcomes.csv',
	statisticalNeighbours: 'data/raw/dfe-statistical-neighbours/statistical_neighbours.csv',
	ofstedTo2022: 'data/raw/ofsted-area-send/area_send_inspections_to_31_Aug_2022.csv',
	ofstedWinter2022to23: 'data/raw/ofsted-area-send/mi_ofsted_area_send_winter_2022-23.csv',
	ofstedNewFramework: 'data/raw/ofsted-area-send/d2i_ofsted_area_send_new_framework_inspections.csv',
	onsDistrictLookup: 'data/raw/ons-lad-ctyua-2025/lad_to_county_and_unitary_april_2025.csv',
	hexmap: 'data/raw/hexmaps/uk-upper-tier-local-authorities.hexjson',
} as const;

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
	lgscoCouncilStats: 'data/transcribed/lgsco-council-statistics.csv',
} as const;

export const DERIVED_DIR = 'data/derived';

// Which release each year of a measure comes from. A later release supersedes an earlier one,
// and each year is read from exactly one file so no figure is counted twice.
export const YEARS = {
	sen2Mi: { from: 2014, to: 2018 },
	release2025: { from: 2019, to: 2024 },
	release2026: { from: 2025, to: 2025 },
	/** Plans in place before caseload.csv begins (January 2019). */
	plansFromAgeCaseload: { from: 2010, to: 2018 },
} as const;
