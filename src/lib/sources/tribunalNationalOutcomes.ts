import { z } from 'zod';
import { readValidatedTable } from '../csv/readValidatedTable';
import { got, type Parsed } from '../problems';
import { citedSourceCells, resolveCitedSource } from './citedSource';
import { type CitedSource } from '../model/citedSource';

// data/raw/send-redress-national/send_tribunal_national_outcomes.csv: national (England) SEND
// Tribunal figures by academic year, one per row, each with its own source
// (send_tribunal_national_outcomes.csv.source.txt). The MoJ publishes outcomes nationally only,
// never by council. Values are plain numbers; "(rounded)" in the unit marks a figure a report
// rounded ("about 21,000").

/** The measures the file holds; an unknown one stops the build rather than being shown unread. */
export const TRIBUNAL_NATIONAL_MEASURES = {
	appeals_registered_national: 'count',
	appeals_decided_national: 'count',
	appeals_decided_at_hearing: 'count',
	appeals_decided_by_tribunal: 'count',
	appeals_disposed_national: 'count',
	appeals_resolved_national: 'count',
	open_caseload_end_sep_2025: 'count',
	cases_withdrawn_or_conceded: 'count',
	decided_in_favour_of_appellant_national: 'count',
	decided_la_decision_upheld_national: 'count',
	pct_decided_in_favour_of_appellant: 'percent',
	pct_decided_la_decision_upheld: 'percent',
	pct_registered_appeals_decided: 'percent',
	pct_registered_refusal_to_assess: 'percent',
	pct_registered_refusal_to_issue_plan: 'percent',
	pct_registered_content_of_plan: 'percent',
	section_i_pct_parent_preference: 'percent',
	section_i_pct_la_agreed_with_parent_at_hearing: 'percent',
	section_i_pct_la_preference: 'percent',
} as const;
export type TribunalNationalMeasure = keyof typeof TRIBUNAL_NATIONAL_MEASURES;

/** One national Tribunal figure. */
export interface TribunalNationalRow {
	line: number;
	/** Academic year as written, e.g. "2022/23" (1 September to 31 August). */
	academicYear: string;
	startYear: number;
	measure: TribunalNationalMeasure;
	value: number;
	unit: 'count' | 'percent';
	/** True when the source rounded the figure ("about 21,000", "99%"). */
	rounded: boolean;
	source: CitedSource;
	note: string;
}

export const TribunalNationalCellsSchema = z.object({
	academic_year: z
		.string()
		.trim()
		.regex(/^\d{4}\/\d{2}$/, { message: 'expected an academic year written YYYY/YY, e.g. 2022/23' }),
	measure: z.string().trim(),
	value: z
		.string()
		.trim()
		.regex(/^\d+(\.\d+)?$/, { message: 'expected a plain number, with no commas or % sign' })
		.transform(Number),
	unit: z.string().trim(),
	...citedSourceCells,
	note: z.string(),
});

/** Parses the national Tribunal outcomes: known measures, years that follow, units that match, sources resolved. */
export function parseTribunalNationalOutcomes(text: string, file: string): Parsed<TribunalNationalRow> {
	const validated = readValidatedTable(text, file, TribunalNationalCellsSchema);
	const { problems } = validated;
	const rows: TribunalNationalRow[] = [];
	const named = new Map<string, string>();
	const seen = new Map<string, number>();
	for (const { line, row: r } of validated.rows) {
		const before = problems.length;
		const at = validated.at(line);
		const startYear = Number(r.academic_year.slice(0, 4));
		if ((startYear + 1) % 100 !== Number(r.academic_year.slice(5)))
			at('academic_year', `the second year must follow the first ${got(r.academic_year)}`);
		const unit = Object.hasOwn(TRIBUNAL_NATIONAL_MEASURES, r.measure)
			? TRIBUNAL_NATIONAL_MEASURES[r.measure as TribunalNationalMeasure]
			: null;
		if (!unit)
			at(
				'measure',
				`not a measure the site knows (${Object.keys(TRIBUNAL_NATIONAL_MEASURES).length} are listed in tribunalNationalOutcomes.ts) ${got(r.measure)}`,
			);
		const unitWord = /^(appeals|percent)\b/.exec(r.unit)?.[1];
		if (unit && unitWord !== (unit === 'count' ? 'appeals' : 'percent'))
			at('unit', `${r.measure} is a ${unit === 'count' ? 'count of appeals' : 'percentage'} ${got(r.unit)}`);
		if (unit === 'percent' && r.value > 100) at('value', `a percentage cannot be over 100 ${got(String(r.value))}`);
		if (unit === 'count' && !Number.isInteger(r.value))
			at('value', `a count must be a whole number ${got(String(r.value))}`);
		const source = resolveCitedSource(r, named, at);
		const key = `${r.academic_year}|${r.measure}|${r.source_url}`;
		const first = seen.get(key);
		if (first !== undefined)
			problems.push({
				file,
				line,
				column: 0,
				message: `duplicate row: ${r.measure} ${r.academic_year} from this source is already on line ${first} ${got(r.measure)}`,
			});
		else seen.set(key, line);
		if (problems.length > before || !unit || !source) continue;
		rows.push({
			line,
			academicYear: r.academic_year,
			startYear,
			measure: r.measure as TribunalNationalMeasure,
			value: r.value,
			unit,
			rounded: r.unit.includes('(rounded)'),
			source,
			note: r.note,
		});
	}
	return { rows, problems };
}
