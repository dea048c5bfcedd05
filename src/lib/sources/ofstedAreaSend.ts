import { z } from 'zod';
import type { CsvTable } from '../csv/readCsv';
import { parseIsoDate } from '../model/period';
import { got, type Parsed, type Problem } from '../problems';

// What the three Ofsted/CQC area SEND inspection files in data/raw/ofsted-area-send/ share: the
// inspection fields every row has, the 2023 framework's outcomes, UK dates, and a line-by-line
// cell reader for files laid out for people rather than machines. Each file has its own module:
// - ofstedAreaSendTo2022.ts: area_send_inspections_to_31_Aug_2022.csv, Ofsted's official
//   statistics for the 2016 framework (written statement of action, revisits); 4 title lines,
//   ragged rows.
// - ofstedAreaSendWinter2022to23.ts: mi_ofsted_area_send_winter_2022-23.csv, Ofsted management
//   information, first 2023-framework outcomes; names only, no codes; R's row numbers in the first
//   column; "NA" not applicable.
// - ofstedAreaSendNewFramework.ts: d2i_ofsted_area_send_new_framework_inspections.csv, Data to
//   Insight's scrape of 2023-framework reports (not an official statistic); dd/mm/yy and dd/mm/yyyy
//   dates, 01/01/1900 for "no previous inspection", "nan" grades.
// Each file's .source.txt describes its columns. Dates become ISO strings through one UTC parse.

/** The 2023 framework's three outcomes, in the words the site uses. */
export type OfstedOutcome = 'positive' | 'inconsistent' | 'systemic_failings';

/** Fields every inspection row has, whichever file it came from. */
export interface OfstedInspectionBase {
	line: number;
	framework: '2016' | '2023';
	/** Area name as published (the d2i file writes names in lower case). */
	laName: string;
	/** ONS code where the file gives one. */
	onsCode: string | null;
	/** DfE three-digit code where the file gives one. */
	dfeCode: string | null;
	/** ISO date the inspection started; null where the file leaves it blank. */
	inspectionStart: string | null;
	/** ISO date the report was published. */
	published: string;
	/** Report address; null where the file kept only a hyperlink's label. */
	link: string | null;
}

/** A date that may be published, marked as none, or left blank. */
export type DateOrReason = { status: 'date'; date: string } | { status: 'none' | 'blank'; date: null };

/** Lines read, by kind, so every line of a file is accounted for. */
export interface OfstedCounts {
	titles: number;
	headerRows: number;
	inspections: number;
	unrecognised: number;
}

export type OfstedParsed<Row> = Parsed<Row> & { counts: OfstedCounts };

/**
 * Reads dd/mm/yyyy or dd/mm/yy as an ISO date through one UTC parse, or null if malformed or
 * impossible (31/02/2024). Two-digit years are 20yy: the d2i file uses them only for 2023-framework
 * inspections, all after 2000.
 */
export function parseUkDate(text: string): string | null {
	const m = /^(\d{2})\/(\d{2})\/(\d{4}|\d{2})$/.exec(text.trim());
	if (!m) return null;
	const year = (m[3] ?? '').length === 2 ? `20${m[3]}` : (m[3] ?? '');
	const iso = `${year}-${m[2]}-${m[1]}`;
	return parseIsoDate(iso) ? iso : null;
}

/** The 2023 framework's outcome named in a text, or null if it names none or more than one. */
export function outcomeOf(text: string): OfstedOutcome | null {
	// Ofsted's three outcome sentences (area SEND framework 2023), as the MI labels and reports word them.
	const found = (
		[
			[/typically (lead to )?positive experiences and outcomes/i, 'positive'],
			[/inconsistent experiences and outcomes/i, 'inconsistent'],
			[/widespread and\/or systemic failings/i, 'systemic_failings'],
		] as const
	)
		.filter(([pattern]) => pattern.test(text))
		.map(([, outcome]) => outcome);
	return found.length === 1 ? (found[0] ?? null) : null;
}

/** One record of a file, by the line it starts on. */
export interface Line {
	line: number;
	fields: string[];
}

/** Every record of the file in order, the first included (readCsv takes it as the header). */
export function allLines(table: CsvTable): Line[] {
	return table.header.length === 0
		? []
		: [
				{ line: table.headerLine, fields: table.header },
				...table.records.map((r) => ({ line: r.line, fields: r.fields })),
			];
}

/** Problems where the header differs from the expected column names, position by position. */
export function checkHeader(
	file: string,
	line: number,
	fields: readonly string[],
	expected: readonly string[],
): Problem[] {
	const problems: Problem[] = [];
	expected.forEach((name, i) => {
		if ((fields[i] ?? '').trim() !== name)
			problems.push({ file, line, column: i + 1, message: `expected column "${name}" ${got(fields[i] ?? '')}` });
	});
	for (let i = expected.length; i < fields.length; i++) {
		problems.push({
			file,
			line,
			column: i + 1,
			message: `unexpected column after "${expected.at(-1)}" ${got(fields[i] ?? '')}`,
		});
	}
	return problems;
}

/** Per-line cell reader that records problems at the cell's 1-based column. */
export function cellReader(file: string, line: Line, problems: Problem[]) {
	const before = problems.length;
	const raw = (i: number) => line.fields[i];
	const fail = (i: number, message: string) => {
		problems.push({ file, line: line.line, column: i + 1, message: `${message} ${got(raw(i) ?? '')}` });
		return null;
	};
	return {
		raw,
		ok: () => problems.length === before,
		fail,
		text: (i: number, what: string) => {
			const v = (raw(i) ?? '').trim();
			return v === '' ? fail(i, `${what} is required but is empty`) : v;
		},
		schema: <T>(i: number, schema: z.ZodType<T>) => {
			const result = schema.safeParse(raw(i) ?? '');
			return result.success ? result.data : fail(i, result.error.issues[0]?.message ?? 'invalid');
		},
		date: (i: number, what: string) => {
			const v = (raw(i) ?? '').trim();
			return parseUkDate(v) ?? fail(i, `${what}: expected a real date written dd/mm/yyyy or dd/mm/yy`);
		},
		whole: (i: number, what: string, min = 0) => {
			const v = (raw(i) ?? '').trim();
			return /^\d+$/.test(v) && Number(v) >= min
				? Number(v)
				: fail(i, `${what}: expected a whole number of at least ${min}`);
		},
		blank: (i: number, why: string) => {
			if ((raw(i) ?? '').trim() !== '') fail(i, why);
		},
	};
}

/** A problem at the later date's column when it comes before the earlier one. */
export function orderCheck(
	c: ReturnType<typeof cellReader>,
	earlier: string | null,
	later: string | null,
	laterColumn: number,
	what: string,
) {
	if (earlier && later && later < earlier) c.fail(laterColumn, `${what} (${later}) is before ${earlier}`);
}
