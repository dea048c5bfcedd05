import { z } from 'zod';
import { readValidatedTable } from '../csv/readValidatedTable';
import { got, type Parsed } from '../problems';
import { citedSourceCells, resolveCitedSource } from './citedSource';
import {
	TRIBUNAL_NATIONAL_MEASURES,
	type TribunalNationalMeasure,
	type TribunalNationalRow,
} from '../model/tribunalNational';

// data/raw/send-redress-national/send_tribunal_national_outcomes.csv: national (England) SEND
// Tribunal figures by academic year, one per row, each with its own source
// (send_tribunal_national_outcomes.csv.source.txt). The MoJ publishes outcomes nationally only,
// never by council. Values are plain numbers; "(rounded)" in the unit marks a figure a report
// rounded ("about 21,000").

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
				`not a measure the site knows (${Object.keys(TRIBUNAL_NATIONAL_MEASURES).length} are listed in src/lib/model/tribunalNational.ts) ${got(r.measure)}`,
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
