import { z } from 'zod';
import { readValidatedTable } from '../csv/readValidatedTable';
import { got, type Parsed } from '../problems';
import { citedSourceCells, resolveCitedSource } from './citedSource';
import { type CitedSource } from '../model/citedSource';

// data/raw/send-redress-national/lgsco_national_figures.csv: national figures from the Ombudsman's
// annual reviews and news, one per row with its own source (lgsco_national_figures.csv.source.txt).
// Periods are the Ombudsman's business year ("2022-23", April to March), or a month ("2023-08")
// for a figure stated in a news release.

/** One national Ombudsman figure. */
export interface LgscoNationalRow {
	line: number;
	/** "2022-23" (business year) or "2023-08" (the month of a statement), as written. */
	period: string;
	periodKind: 'financial' | 'month';
	measure: string;
	value: number;
	/** The unit as written, e.g. "percent of detailed investigations". */
	unitAsWritten: string;
	unit: 'count' | 'percent';
	scope: string;
	source: CitedSource;
	note: string;
}

export const LgscoNationalCellsSchema = z.object({
	period: z
		.string()
		.trim()
		.regex(/^\d{4}-\d{2}$/, { message: 'expected a business year written YYYY-YY or a month written YYYY-MM' }),
	measure: z
		.string()
		.trim()
		.regex(/^[a-z0-9_]+$/, { message: 'expected a lower-case measure id' }),
	value: z
		.string()
		.trim()
		.regex(/^\d+(\.\d+)?$/, { message: 'expected a plain number, with no commas or % sign' })
		.transform(Number),
	unit: z.string().trim().min(1, { message: 'this cell is required but is empty' }),
	scope: z.string().trim().min(1, { message: 'this cell is required but is empty' }),
	...citedSourceCells,
	note: z.string(),
});

/** Parses the national Ombudsman figures: periods read, percentages at most 100, sources resolved. */
export function parseLgscoNationalFigures(text: string, file: string): Parsed<LgscoNationalRow> {
	const validated = readValidatedTable(text, file, LgscoNationalCellsSchema);
	const { problems } = validated;
	const rows: LgscoNationalRow[] = [];
	const named = new Map<string, string>();
	for (const { line, row: r } of validated.rows) {
		const before = problems.length;
		const at = validated.at(line);
		const first = Number(r.period.slice(0, 4));
		const second = Number(r.period.slice(5));
		// "2022-23" is a business year when the second part is the next year; "2023-08" is a month.
		const periodKind = (first + 1) % 100 === second ? 'financial' : second >= 1 && second <= 12 ? 'month' : null;
		if (!periodKind) at('period', `neither a business year (2022-23) nor a month (2023-08) ${got(r.period)}`);
		const unit = r.unit.startsWith('percent')
			? 'percent'
			: /^(complaints|investigations)\b/.test(r.unit)
				? 'count'
				: null;
		if (!unit) at('unit', `expected "percent …", "complaints" or "investigations" ${got(r.unit)}`);
		if (unit === 'percent' && r.value > 100) at('value', `a percentage cannot be over 100 ${got(String(r.value))}`);
		const source = resolveCitedSource(r, named, at);
		if (problems.length > before || !periodKind || !unit || !source) continue;
		rows.push({
			line,
			period: r.period,
			periodKind,
			measure: r.measure,
			value: r.value,
			unitAsWritten: r.unit,
			unit,
			scope: r.scope,
			source,
			note: r.note,
		});
	}
	return { rows, problems };
}
