import { z } from 'zod';
import { requiredText } from '../csv/cells';
import type { Figure } from '../model/figure';
import { readValidatedTable } from '../csv/readValidatedTable';
import type { Period } from '../model/period';
import { got, type Parsed } from '../problems';
import { lgscoFigure } from './lgscoCouncilStats';

// data/raw/lgsco-councils/lgsco_council_statistics_more_councils.csv: the Ombudsman's council
// statistics for more councils, compiled by the project team (…more_councils.csv.source.txt). Each
// row is one council and one Ombudsman business year (April to March), read either from an archived
// copy of the Ombudsman's own council page or from a council report or news story quoting it
// (source_type says which). Figures cover complaints about every service, not SEND alone. Blank =
// not recorded: the copy read ended, or the report did not give the figure; never a zero.

/** Where a row's figures were read: the Ombudsman's own page, or a report quoting it. */
export type LgscoStatsOrigin = 'lgsco_page' | 'secondary';

/** One council's Ombudsman statistics for one business year, as compiled. */
export interface LgscoCompiledStatsRow {
	line: number;
	/** The council's name as the file writes it, e.g. "Birmingham City Council". */
	council: string;
	period: Extract<Period, { kind: 'financial' }>;
	complaintsDealtWith: Figure;
	notForUs: Figure;
	assessedAndClosed: Figure;
	investigated: Figure;
	upheld: Figure;
	upheldPct: Figure;
	similarAuthoritiesAvgUpheldPct: Figure;
	upheldPer100kResidents: Figure;
	similarAuthoritiesAvgUpheldPer100k: Figure;
	compliancePct: Figure;
	complianceOutcomes: Figure;
	similarAuthoritiesAvgCompliancePct: Figure;
	satisfactoryRemedyPctOfUpheld: Figure;
	satisfactoryRemedies: Figure;
	similarAuthoritiesAvgSatisfactoryRemedyPct: Figure;
	url: string;
	note: string;
	origin: LgscoStatsOrigin;
	/** source_type as published, e.g. "local news citing LGSCO annual review; secondary". */
	sourceType: string;
}

// The one source_type naming the Ombudsman's own page; every other row must say "secondary" so a
// figure is never passed off as the Ombudsman's own when it was quoted by someone else.
const LGSCO_PAGE = 'LGSCO council performance page (archived copy)';

/** The columns of lgsco_council_statistics_more_councils.csv, read from string cells. */
export const LgscoCompiledStatsCellsSchema = z.object({
	council: requiredText(),
	period: z
		.string()
		.trim()
		.regex(/^\d{4}-\d{2}$/, { message: 'expected an Ombudsman business year written YYYY-YY, e.g. 2024-25' }),
	complaints_dealt_with: lgscoFigure('count'),
	not_for_us: lgscoFigure('count'),
	assessed_and_closed: lgscoFigure('count'),
	investigated: lgscoFigure('count'),
	upheld: lgscoFigure('count'),
	upheld_pct: lgscoFigure('percent'),
	similar_avg_upheld_pct: lgscoFigure('percent'),
	upheld_per_100k: lgscoFigure('rate'),
	similar_avg_upheld_per_100k: lgscoFigure('rate'),
	compliance_pct: lgscoFigure('percent'),
	compliance_outcomes_n: lgscoFigure('count'),
	similar_avg_compliance_pct: lgscoFigure('percent'),
	satisfactory_remedy_pct: lgscoFigure('percent'),
	satisfactory_remedy_n: lgscoFigure('count'),
	similar_avg_satisfactory_remedy_pct: lgscoFigure('percent'),
	url: z.string().trim().url({ message: 'expected the address the figures were read from' }),
	note: z.string(),
	source_type: requiredText(),
});

const value = (f: Figure) => (f.status === 'published' ? f.value : null);

/** Parses the compiled council statistics: whole business years, figures that agree, one row per council, year and origin. */
export function parseLgscoCompiledStats(text: string, file: string): Parsed<LgscoCompiledStatsRow> {
	const validated = readValidatedTable(text, file, LgscoCompiledStatsCellsSchema);
	const { problems } = validated;
	const rows: LgscoCompiledStatsRow[] = [];
	const seen = new Map<string, number>();

	for (const { line, row: r } of validated.rows) {
		const before = problems.length;
		const problem = validated.at(line);

		// "2024-25": the second year must follow the first (data/README.md, financial periods).
		const startYear = Number(r.period.slice(0, 4));
		const endTwoDigits = Number(r.period.slice(5));
		if ((startYear + 1) % 100 !== endTwoDigits)
			problem(
				'period',
				`the second year must follow the first, e.g. ${startYear}-${String((startYear + 1) % 100).padStart(2, '0')} ${got(r.period)}`,
			);

		const sourceType = r.source_type.trim();
		const origin: LgscoStatsOrigin | null =
			sourceType === LGSCO_PAGE ? 'lgsco_page' : /;\s*secondary$/.test(sourceType) ? 'secondary' : null;
		if (!origin)
			problem('source_type', `expected "${LGSCO_PAGE}" or a description ending "; secondary" ${got(r.source_type)}`);

		// The Ombudsman's own arithmetic: complaints dealt with = not for us + assessed and closed +
		// investigated; upheld is a share of those investigated, printed as a whole percentage.
		const parts = [r.not_for_us, r.assessed_and_closed, r.investigated].map(value);
		const total = value(r.complaints_dealt_with);
		if (total !== null && parts.every((p) => p !== null)) {
			const sum = parts.reduce((a, b) => a + b, 0);
			if (sum !== total)
				problem(
					'complaints_dealt_with',
					`not for us + assessed and closed + investigated = ${sum}, not ${total} ${got(String(total))}`,
				);
		}
		const upheld = value(r.upheld);
		const investigated = value(r.investigated);
		if (upheld !== null && investigated !== null && upheld > investigated)
			problem('upheld', `more complaints upheld than investigated (${investigated}) ${got(String(upheld))}`);
		const checkShare = (column: string, pct: Figure, numerator: number | null, denominator: number | null) => {
			const shown = value(pct);
			if (shown === null || numerator === null || denominator === null || denominator === 0) return;
			const exact = (numerator / denominator) * 100;
			// Printed to a whole number (or one decimal place): allow the rounding, nothing more.
			if (Math.abs(exact - shown) > 0.5 + 1e-9)
				problem(
					column,
					`${numerator} of ${denominator} is ${exact.toFixed(1)}%, which does not round to ${shown}% ${got(String(shown))}`,
				);
		};
		checkShare('upheld_pct', r.upheld_pct, upheld, investigated);
		checkShare('satisfactory_remedy_pct', r.satisfactory_remedy_pct, value(r.satisfactory_remedy_n), upheld);

		// One row per council, year and origin: the Ombudsman's page and a report quoting it may both
		// give a year (their figures are compared in the pipeline), two of either may not.
		const key = `${r.council}|${r.period}|${origin ?? sourceType}`;
		const first = seen.get(key);
		if (first !== undefined)
			problems.push({
				file,
				line,
				column: 0,
				message: `duplicate row: ${r.council} ${r.period} from the same kind of source is already on line ${first} ${got(r.council)}`,
			});
		else seen.set(key, line);
		if (problems.length > before || !origin) continue;

		rows.push({
			line,
			council: r.council,
			period: { kind: 'financial', startYear },
			complaintsDealtWith: r.complaints_dealt_with,
			notForUs: r.not_for_us,
			assessedAndClosed: r.assessed_and_closed,
			investigated: r.investigated,
			upheld: r.upheld,
			upheldPct: r.upheld_pct,
			similarAuthoritiesAvgUpheldPct: r.similar_avg_upheld_pct,
			upheldPer100kResidents: r.upheld_per_100k,
			similarAuthoritiesAvgUpheldPer100k: r.similar_avg_upheld_per_100k,
			compliancePct: r.compliance_pct,
			complianceOutcomes: r.compliance_outcomes_n,
			similarAuthoritiesAvgCompliancePct: r.similar_avg_compliance_pct,
			satisfactoryRemedyPctOfUpheld: r.satisfactory_remedy_pct,
			satisfactoryRemedies: r.satisfactory_remedy_n,
			similarAuthoritiesAvgSatisfactoryRemedyPct: r.similar_avg_satisfactory_remedy_pct,
			url: r.url,
			note: r.note,
			origin,
			sourceType,
		});
	}
	return { rows, problems };
}
