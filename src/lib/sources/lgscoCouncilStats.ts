import { addYears, format, subDays } from 'date-fns';
import { utc } from '@date-fns/utc';
import { z } from 'zod';
import { dfeLaCode, requiredText } from '../csv/cells';
import { absent, published, type Figure } from '../model/figure';
import { readValidatedTable } from '../csv/readValidatedTable';
import { parseIsoDate, type Period } from '../model/period';
import { got, type Parsed } from '../problems';

// data/raw/lgsco/lgsco_council_statistics_seen.csv: the LGSCO's "Your council's performance"
// figures for a council, as read by the research helper from stored copies of the page
// (lgsco_council_statistics_seen.csv.source.txt). Figures cover complaints about every service,
// not SEND alone. "Blank = not seen": the page excerpt was cut off, so a blank is a figure we do
// not have, never a zero.

/** One council's LGSCO statistics for one financial year (April to March). */
export interface LgscoCouncilStatsRow {
	line: number;
	council: string;
	dfeCode: string;
	period: Extract<Period, { kind: 'financial' }>;
	/** ISO dates as published: the first and last day of the financial year. */
	periodStart: string;
	periodEnd: string;
	/** What the figures cover, as published, e.g. "all service areas (not SEND-only)". */
	scope: string;
	complaintsDealtWith: Figure;
	notForUs: Figure;
	assessedAndClosed: Figure;
	investigated: Figure;
	upheld: Figure;
	/** Upheld as a percentage of detailed investigations, as the LGSCO prints it (whole number). */
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
}

export type Kind = 'count' | 'percent' | 'rate';

/** A figure cell: blank = not seen (unavailable); otherwise a plain non-negative number. */
export const lgscoFigure = (kind: Kind) =>
	z.string().transform((raw, ctx): Figure => {
		const text = raw.trim();
		if (text === '') return absent('unavailable');
		const fail = (message: string) => {
			ctx.addIssue({ code: z.ZodIssueCode.custom, message: `${message} (got ${JSON.stringify(raw)})` });
			return z.NEVER;
		};
		if (!/^-?\d+(\.\d+)?$/.test(text))
			return fail(`expected a ${kind === 'count' ? 'whole number' : 'number'}, or blank when not seen`);
		const value = Number(text);
		if (value < 0) return fail(`a ${kind} cannot be negative`);
		if (kind === 'count' && !Number.isInteger(value)) return fail('a count must be a whole number');
		if (kind === 'percent' && value > 100) return fail('a percentage cannot be over 100');
		return published(value);
	});

const isoDate = () =>
	z.string().refine((s) => parseIsoDate(s.trim()) !== null, { message: 'expected a real date written YYYY-MM-DD' });

/** The columns of lgsco_council_statistics_seen.csv, read from string cells. */
export const LgscoCouncilStatsCellsSchema = z.object({
	council: requiredText(),
	old_la_code: dfeLaCode(),
	period_start: isoDate(),
	period_end: isoDate(),
	scope: requiredText(),
	complaints_dealt_with: lgscoFigure('count'),
	not_for_us: lgscoFigure('count'),
	assessed_and_closed: lgscoFigure('count'),
	investigated: lgscoFigure('count'),
	upheld: lgscoFigure('count'),
	upheld_pct: lgscoFigure('percent'),
	similar_authorities_avg_upheld_pct: lgscoFigure('percent'),
	upheld_per_100k_residents: lgscoFigure('rate'),
	similar_authorities_avg_upheld_per_100k: lgscoFigure('rate'),
	compliance_pct: lgscoFigure('percent'),
	compliance_outcomes_n: lgscoFigure('count'),
	similar_authorities_avg_compliance_pct: lgscoFigure('percent'),
	satisfactory_remedy_pct_of_upheld: lgscoFigure('percent'),
	satisfactory_remedy_n: lgscoFigure('count'),
	similar_authorities_avg_satisfactory_remedy_pct: lgscoFigure('percent'),
	url: z.string().trim().url({ message: 'expected the address of the page the figures were read from' }),
	note: z.string(),
});

const value = (f: Figure) => (f.status === 'published' ? f.value : null);

/** Parses lgsco_council_statistics_seen.csv; periods must be whole financial years and the figures must agree. */
export function parseLgscoCouncilStats(text: string, file: string): Parsed<LgscoCouncilStatsRow> {
	const validated = readValidatedTable(text, file, LgscoCouncilStatsCellsSchema);
	const { problems } = validated;
	const rows: LgscoCouncilStatsRow[] = [];
	const seen = new Map<string, number>();

	for (const { line, row: r } of validated.rows) {
		const before = problems.length;
		const problem = validated.at(line);
		const start = r.period_start.trim();
		const end = r.period_end.trim();
		// The LGSCO reports by financial year, 1 April to 31 March (data/README.md), so a period must
		// start on 1 April and end the day before the next 1 April.
		if (!start.endsWith('-04-01')) problem('period_start', `a financial year starts on 1 April ${got(start)}`);
		const startDate = parseIsoDate(start);
		const expectedEnd = startDate ? format(subDays(addYears(startDate, 1), 1), 'yyyy-MM-dd', { in: utc }) : '';
		if (end !== expectedEnd)
			problem('period_end', `expected ${expectedEnd}, one year after period_start less a day ${got(end)}`);

		// The page's own arithmetic: complaints dealt with = not for us + assessed and closed +
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
		if (upheld !== null && investigated !== null && upheld > investigated) {
			problem('upheld', `more complaints upheld than investigated (${investigated}) ${got(String(upheld))}`);
		}
		const checkShare = (column: string, pct: Figure, numerator: number | null, denominator: number | null) => {
			const shown = value(pct);
			if (shown === null || numerator === null || denominator === null || denominator === 0) return;
			const exact = (numerator / denominator) * 100;
			if (Math.abs(exact - shown) > 0.5 + 1e-9) {
				problem(
					column,
					`${numerator} of ${denominator} is ${exact.toFixed(1)}%, which does not round to ${shown}% ${got(String(shown))}`,
				);
			}
		};
		checkShare('upheld_pct', r.upheld_pct, upheld, investigated);
		checkShare(
			'satisfactory_remedy_pct_of_upheld',
			r.satisfactory_remedy_pct_of_upheld,
			value(r.satisfactory_remedy_n),
			upheld,
		);

		const key = `${r.old_la_code}|${start}`;
		const first = seen.get(key);
		if (first !== undefined) {
			problems.push({
				file,
				line,
				column: 0,
				message: `duplicate row: ${r.council} ${start} is already on line ${first} ${got(r.council)}`,
			});
		}
		seen.set(key, line);
		if (problems.length > before || !startDate) continue;

		rows.push({
			line,
			council: r.council,
			dfeCode: r.old_la_code,
			period: { kind: 'financial', startYear: startDate.getUTCFullYear() },
			periodStart: start,
			periodEnd: end,
			scope: r.scope,
			complaintsDealtWith: r.complaints_dealt_with,
			notForUs: r.not_for_us,
			assessedAndClosed: r.assessed_and_closed,
			investigated: r.investigated,
			upheld: r.upheld,
			upheldPct: r.upheld_pct,
			similarAuthoritiesAvgUpheldPct: r.similar_authorities_avg_upheld_pct,
			upheldPer100kResidents: r.upheld_per_100k_residents,
			similarAuthoritiesAvgUpheldPer100k: r.similar_authorities_avg_upheld_per_100k,
			compliancePct: r.compliance_pct,
			complianceOutcomes: r.compliance_outcomes_n,
			similarAuthoritiesAvgCompliancePct: r.similar_authorities_avg_compliance_pct,
			satisfactoryRemedyPctOfUpheld: r.satisfactory_remedy_pct_of_upheld,
			satisfactoryRemedies: r.satisfactory_remedy_n,
			similarAuthoritiesAvgSatisfactoryRemedyPct: r.similar_authorities_avg_satisfactory_remedy_pct,
			url: r.url,
			note: r.note,
		});
	}
	return { rows, problems };
}
