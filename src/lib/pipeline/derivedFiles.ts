import { toCsv } from '../format/toCsv';
import type { DataBuild } from './buildData';
import { DERIVED_DIR } from './rawFiles';
import { DERIVED_COLUMNS } from './derivedSchemas';

const csv = (rows: Record<string, string | number | null | undefined>[], columns: string[]) =>
	toCsv(
		columns,
		rows.map((r) => columns.map((c) => r[c])),
	);

/** The derived files as path → text: tidy CSVs for people and downloads, JSON for the site. Pure, so tests can check it. */
export function derivedFiles(build: DataBuild): Record<string, string> {
	const observations = build.observations.map((o) => ({
		measure: o.measure,
		area_type: o.areaType,
		area_code: o.areaCode,
		period_type: o.periodKind,
		period: o.period,
		value: o.figure.status === 'published' ? o.figure.value : '',
		status: o.figure.status,
		numerator: o.numerator ?? '',
		denominator: o.denominator ?? '',
		break_in_series: o.breakInSeries ? 'yes' : '',
		source_id: o.sourceId,
		file: o.file,
		line: o.line,
		calculation: o.calculation ?? '',
		note: o.note ?? '',
	}));
	const councils = build.councils.map((c) => ({
		ons_code: c.onsCode,
		dfe_code: c.dfeCode,
		name: c.name,
		slug: c.slug,
		type: c.type,
		region_code: c.regionCode,
		region_name: c.regionName,
	}));
	const ranks = build.ranks.map((r) => ({
		measure: r.measure,
		period: r.period,
		area_code: r.areaCode,
		value: r.value,
		rank: r.rank,
		of: r.of,
		quartile: r.quartile,
	}));
	return {
		[`${DERIVED_DIR}/observations.csv`]: csv(observations, DERIVED_COLUMNS.observations),
		[`${DERIVED_DIR}/councils.csv`]: csv(councils, DERIVED_COLUMNS.councils),
		[`${DERIVED_DIR}/doubtful.csv`]: csv(
			build.doubts.map((d) => ({
				measure: d.measure,
				area_code: d.areaCode,
				period: d.period,
				rule: d.rule,
				detail: d.detail,
			})),
			DERIVED_COLUMNS.doubtful,
		),
		[`${DERIVED_DIR}/ranks.csv`]: csv(ranks, DERIVED_COLUMNS.ranks),
		[`${DERIVED_DIR}/site.json`]:
			JSON.stringify(
				{
					// How the pipeline reads a file (format, reporting year, years) is for the build, not the page.
					sources: build.sources.map(
						({ sha256: _sha, line: _line, format: _format, reporting_year: _reportingYear, years: _years, ...rest }) =>
							rest,
					),
					timescales: build.timescales,
					dataUpdates: build.dataUpdates,
					regions: build.regions,
					measures: build.measures,
					formerCouncils: build.formerCouncils,
					seedMeasures: build.seedMeasures,
					seedFigures: build.seedFigures,
					lgscoStats: build.lgscoStats,
					lgscoDecisions: build.lgscoDecisions,
					redress: build.redress,
					inspections: build.inspections,
					neighbours: build.neighbours.filter((n) => n.set === 'current'),
					reports: build.reports,
					qualityRules: build.qualityRules.map(({ line: _line, ...rest }) => rest),
					districts: build.districts,
					hexes: build.hexes,
					redressRoutes: build.redressRoutes,
					familyOptions: build.familyOptions,
				},
				null,
				'\t',
			) + '\n',
	};
}
