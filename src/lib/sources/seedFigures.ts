import { z } from 'zod';
import { onsCode, requiredText } from '../csv/cells';
import { absent, published } from '../model/figure';
import { columnOf, missingColumns, readCsv, type CsvTable } from '../csv/readCsv';
import { validateRecords } from '../csv/validateRecords';
import { parsePeriod, PERIOD_KINDS, type Period } from '../model/period';
import { SEED_QUALIFIERS, SEED_UNITS, type SeedFigure, type SeedMeasure, type SeedUnit } from '../model/seedFigure';
import { got, type Parsed, type Problem } from '../problems';

// data/transcribed/seed-figures.csv: every figure in the four seed documents (data/raw/seeds),
// typed by hand with the verbatim quote and the line it starts on, so each claim can be shown
// beside the official figure it speaks to (brief: "Every figure in the seeds belongs on the site,
// with its source"). data/reference/seed-measures.csv names and defines each measure used.

/** The columns of seed-figures.csv, in file order. */
export const SEED_FIGURE_COLUMNS = [
	'id',
	'source_id',
	'area_code',
	'measure',
	'period_type',
	'period',
	'value',
	'unit',
	'qualifier',
	'status',
	'quote',
	'line',
	'note',
] as const;
/** The columns of seed-measures.csv, in file order. */
export const SEED_MEASURE_COLUMNS = ['id', 'label', 'unit', 'speaks_to', 'definition'] as const;

// "Work in progress" in Derby's KPI table is a figure the council did not report: it is kept as
// not_reported with no value, never as zero (brief, "Missing is not zero").
export const SEED_STATUSES = ['published', 'not_reported'] as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SNAKE = /^[a-z0-9]+(?:_[a-z0-9]+)*$/;
// Plain decimals only: "1,375" or "£20,000" in the value cell would hide a transcription slip.
const DECIMAL = /^\d+(?:\.\d+)?$/;
const WHOLE_UNITS: readonly SeedUnit[] = ['count', 'cases'];

// One message per cell: an empty cell is reported as empty, not also as badly formed.
const requiredMatching = (pattern: RegExp, message: string) =>
	requiredText().refine((s) => s === '' || pattern.test(s), { message });

const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
	z.enum(values, { errorMap: () => ({ message: `${name} must be one of ${values.join(', ')}` }) });

/** A transcribed seed figure with its value read as a Figure and its period as a Period. */
export const SeedFigureSchema = z
	.object({
		id: requiredMatching(KEBAB, 'an id is lower-case kebab-case, e.g. derby-2018-statements-transferred-claimed'),
		source_id: requiredText(),
		area_code: onsCode(),
		measure: requiredMatching(SNAKE, 'a measure id is lower-case snake_case'),
		period_type: z.string().trim(),
		period: z.string().trim(),
		value: z.string().trim(),
		unit: oneOf('unit', SEED_UNITS),
		qualifier: oneOf('qualifier', SEED_QUALIFIERS),
		status: oneOf('status', SEED_STATUSES),
		quote: requiredText(),
		line: requiredMatching(/^[1-9]\d*$/, 'line is the 1-based line of the seed file where the quote starts'),
		note: z.string().trim(),
	})
	.superRefine((row, ctx) => {
		const issue = (path: string, message: string) =>
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });

		// Undated documents that give no period (the Derbyshire news article) keep both cells
		// blank rather than a guessed date; the note must then say so (brief, "do not guess").
		if (row.period_type === '' && row.period === '') {
			if (row.note === '')
				issue('period', 'period is blank, so the note must say why (the source gives no date or period)');
		} else if (row.period_type === '') {
			issue('period_type', `period_type is required when period is filled; use one of ${PERIOD_KINDS.join(', ')}`);
		} else if (!(PERIOD_KINDS as readonly string[]).includes(row.period_type)) {
			issue('period_type', `period_type must be one of ${PERIOD_KINDS.join(', ')}`);
		} else {
			const period = parsePeriod(row.period_type, row.period);
			if ('error' in period) issue('period', `period does not fit period_type ${row.period_type}: ${period.error}`);
		}

		if (row.status === 'not_reported') {
			if (row.value !== '') issue('value', 'value must be blank when status is not_reported');
			return;
		}
		if (row.value === '') return issue('value', 'a published figure needs a value');
		if (row.value.startsWith('-') && DECIMAL.test(row.value.slice(1)))
			return issue('value', 'a value cannot be negative');
		if (!DECIMAL.test(row.value))
			return issue('value', 'expected a plain decimal number such as 1375 or 0.5 (no commas, symbols or units)');
		const n = Number(row.value);
		if (row.unit === 'percent' && n > 100) issue('value', 'a percentage cannot be over 100');
		if (WHOLE_UNITS.includes(row.unit) && !Number.isInteger(n))
			issue('value', `a ${row.unit} value must be a whole number`);
	})
	.transform((row): Omit<SeedFigure, 'csvLine'> => ({
		id: row.id,
		sourceId: row.source_id,
		areaCode: row.area_code,
		measure: row.measure,
		// Checked above; a blank pair means "no period stated" and stays null.
		period: row.period_type === '' ? null : (parsePeriod(row.period_type, row.period) as Period),
		value: row.status === 'published' ? published(Number(row.value)) : absent('not_reported'),
		unit: row.unit,
		qualifier: row.qualifier,
		quote: row.quote,
		quoteLine: Number(row.line),
		note: row.note,
	}));

/** Ids the figures may refer to: sources.csv ids, seed-measures.csv ids, and optionally area codes. */
export interface SeedFigureRefs {
	sourceIds: ReadonlySet<string>;
	measureIds: ReadonlySet<string>;
	areaCodes?: ReadonlySet<string>;
}

/** Rejects tables whose header lacks a column; the message ends with the header it got. */
function headerProblems(table: CsvTable, columns: readonly string[]): Problem[] {
	const header = got(table.header.join(','));
	return missingColumns(table, columns).map((p) => ({ ...p, message: `${p.message} ${header}` }));
}

/** Keeps the first row for each id and reports later ones, naming the first line. */
function firstById<Row extends { id: string }>(
	table: CsvTable,
	rows: { line: number; row: Row }[],
	problems: Problem[],
) {
	const firstLine = new Map<string, number>();
	return rows.filter(({ line, row }) => {
		const first = firstLine.get(row.id);
		if (first === undefined) {
			firstLine.set(row.id, line);
			return true;
		}
		problems.push({
			file: table.file,
			line,
			column: columnOf(table, 'id'),
			message: `id: duplicate id, first used on line ${first} ${got(row.id)}`,
		});
		return false;
	});
}

/** Parses seed-figures.csv and checks each row's source, measure and area against `known`. */
export function parseSeedFigures(text: string, file: string, known: SeedFigureRefs): Parsed<SeedFigure> {
	const table = readCsv(text, file);
	const missing = headerProblems(table, SEED_FIGURE_COLUMNS);
	if (missing.length > 0) return { rows: [], problems: [...table.problems, ...missing] };
	const checked = validateRecords(table, SeedFigureSchema);
	const problems: Problem[] = [...table.problems, ...checked.problems];
	const rows: SeedFigure[] = [];
	for (const { line, row } of firstById(table, checked.rows, problems)) {
		const unknown = (column: string, raw: string, what: string) =>
			problems.push({
				file,
				line,
				column: columnOf(table, column),
				message: `${column}: ${what} ${got(raw)}`,
			});
		const before = problems.length;
		if (!known.sourceIds.has(row.sourceId))
			unknown('source_id', row.sourceId, 'unknown source id, not in data/reference/sources.csv');
		if (!known.measureIds.has(row.measure))
			unknown('measure', row.measure, 'unknown measure id, not in data/reference/seed-measures.csv');
		if (known.areaCodes && !known.areaCodes.has(row.areaCode))
			unknown('area_code', row.areaCode, 'area code not among the known areas');
		if (problems.length === before) rows.push({ ...row, csvLine: line });
	}
	return { rows, problems };
}

/** A measure that seed figures count, and the official measure it can be set against. */
export const SeedMeasureSchema = z.object({
	id: requiredMatching(SNAKE, 'a measure id is lower-case snake_case'),
	label: requiredText(),
	unit: oneOf('unit', SEED_UNITS),
	// Blank when no official series counts the same thing (e.g. draft plans, mediation).
	speaks_to: z
		.string()
		.trim()
		.refine((s) => s === '' || SNAKE.test(s), {
			message: 'speaks_to must be blank or an official measure id',
		}),
	definition: requiredText(),
});

/** Parses seed-measures.csv; with officialMeasureIds, an unknown speaks_to is a problem. */
export function parseSeedMeasures(
	text: string,
	file: string,
	known: { officialMeasureIds?: ReadonlySet<string> } = {},
): Parsed<SeedMeasure & { line: number }> {
	const table = readCsv(text, file);
	const missing = headerProblems(table, SEED_MEASURE_COLUMNS);
	if (missing.length > 0) return { rows: [], problems: [...table.problems, ...missing] };
	const checked = validateRecords(table, SeedMeasureSchema);
	const problems: Problem[] = [...table.problems, ...checked.problems];
	const rows: (SeedMeasure & { line: number })[] = [];
	for (const { line, row } of firstById(table, checked.rows, problems)) {
		if (row.speaks_to !== '' && known.officialMeasureIds && !known.officialMeasureIds.has(row.speaks_to)) {
			problems.push({
				file,
				line,
				column: columnOf(table, 'speaks_to'),
				message: `speaks_to: unknown official measure id, not in data/reference/measures.csv ${got(row.speaks_to)}`,
			});
			continue;
		}
		rows.push({ ...row, line });
	}
	return { rows, problems };
}
