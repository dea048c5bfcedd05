import { z } from 'zod';
import { dfeLaCode, onsCode } from '../csv/cells';
import { readCsv, type CsvTable } from '../csv/readCsv';
import { parseIsoDate } from '../model/period';
import { got, type Parsed, type Problem } from '../problems';

// Ofsted/CQC area SEND inspections, three files in data/raw/ofsted-area-send/, one parser each:
// - area_send_inspections_to_31_Aug_2022.csv: Ofsted's official statistics for the 2016
//   framework (written statement of action, revisits); 4 title lines, ragged rows.
// - mi_ofsted_area_send_winter_2022-23.csv: Ofsted management information, first 2023-framework
//   outcomes; names only, no codes; R's row numbers in the first column; "NA" not applicable.
// - d2i_ofsted_area_send_new_framework_inspections.csv: Data to Insight's scrape of 2023-framework
//   reports (not an official statistic); dd/mm/yy and dd/mm/yyyy dates, 01/01/1900 for "no
//   previous inspection", "nan" grades.
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

/** An inspection under the 2016 framework (to 31 August 2022), with its revisit if any. */
export interface OfstedArea2016Row extends OfstedInspectionBase {
	framework: '2016';
	ofstedRegion: string;
	/** The hyperlink label the CSV kept ("Ofsted LA Webpage"); the address was lost in conversion. */
	linkLabel: string;
	/** "Inspection outcome: written statement of action required?", as published ("Yes"/"No"). */
	outcomeText: string;
	wsoaRequired: boolean;
	/** Significant weaknesses in the written statement of action; null when none was required. */
	significantWeaknesses: number | null;
	revisit:
		| { status: 'not_required' }
		| { status: 'not_yet' }
		| {
				status: 'done';
				start: string;
				published: string;
				/** "Sufficient progress in addressing all significant weaknesses?": Yes, Some or No. */
				progressAsPublished: 'Yes' | 'Some' | 'No';
				weaknessesWithProgress: number;
				weaknessesWithoutProgress: number;
		  };
}

/** A 2023-framework inspection from Ofsted's winter 2022-23 management information. */
export interface OfstedWinter2022to23Row extends OfstedInspectionBase {
	framework: '2023';
	ofstedRegion: string;
	linkLabel: string;
	outcome: OfstedOutcome;
	outcomeText: string;
	priorityActionPlanRequired: boolean;
	/** Areas for priority action; null where the file says NA (no plan required). */
	areasForPriorityAction: number | null;
}

/** A date that may be published, marked as none, or left blank. */
export type DateOrReason = { status: 'date'; date: string } | { status: 'none' | 'blank'; date: null };

/** A 2023-framework inspection from the Data to Insight scrape. */
export interface OfstedNewFrameworkRow extends OfstedInspectionBase {
	framework: '2023';
	urn: string;
	regionCode: string;
	/** DfE codes of the council's statistical neighbours, as the scrape lists them. */
	statNeighbours: string[];
	inspectionEnd: string | null;
	/** d2i's grade: 1 typically positive, 2 inconsistent, 3 widespread/systemic failings; null for "nan". */
	grade: 1 | 2 | 3 | null;
	outcome: OfstedOutcome | null;
	/** Ofsted's outcome paragraph as scraped. */
	outcomeText: string;
	/** "none" where the file has 01/01/1900, its marker for no earlier inspection found. */
	previousInspection: DateOrReason;
	nextInspectionAsPublished: string;
	/** ISO date when the file gives one; otherwise null, with the text kept beside it. */
	nextInspectionBy: string | null;
	nextInspectionByAsPublished: string;
	localLinkToAllInspections: string;
}

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

// --- shared helpers ---------------------------------------------------------------------------

interface Line {
	line: number;
	fields: string[];
}

/** Every record of the file in order, the first included (readCsv takes it as the header). */
function allLines(table: CsvTable): Line[] {
	return table.header.length === 0
		? []
		: [
				{ line: table.headerLine, fields: table.header },
				...table.records.map((r) => ({ line: r.line, fields: r.fields })),
			];
}

/** Problems where the header differs from the expected column names, position by position. */
function checkHeader(file: string, line: number, fields: readonly string[], expected: readonly string[]): Problem[] {
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
function cellReader(file: string, line: Line, problems: Problem[]) {
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

function orderCheck(
	c: ReturnType<typeof cellReader>,
	earlier: string | null,
	later: string | null,
	laterColumn: number,
	what: string,
) {
	if (earlier && later && later < earlier) c.fail(laterColumn, `${what} (${later}) is before ${earlier}`);
}

// --- area_send_inspections_to_31_Aug_2022.csv -----------------------------------------------------

const COLUMNS_2016 = [
	'Web link to Ofsted local authority webpage',
	'Local authority code',
	'Area name',
	'Ofsted region',
	'Inspection start date',
	'Inspection publication date',
	'Inspection outcome: written statement of action required?',
	'Number significant weaknesses identified in written statement of action',
	'Revisit start date',
	'Revisit publication date',
	'Revisit outcome: sufficient progress in addressing all significant weaknesses?',
	'Number significant weaknesses where sufficient progress has been made',
	'Number significant weaknesses where sufficient progress has not been made',
];

/**
 * Parses Ofsted's area SEND outcomes to 31 August 2022 (2016 framework): title lines counted,
 * ragged rows checked against the outcome they record.
 */
export function parseOfstedAreaSendTo2022(text: string, file: string): OfstedParsed<OfstedArea2016Row> {
	// Laid out for print: title lines, then rows of 7, 9 or 13 cells by outcome, each checked below.
	const table = readCsv(text, file, { ragged: true });
	const problems: Problem[] = [...table.problems];
	const rows: OfstedArea2016Row[] = [];
	const counts: OfstedCounts = { titles: 0, headerRows: 0, inspections: 0, unrecognised: 0 };
	const lines = allLines(table);
	// The sheet's title and notes come first, each a single cell (the .source.txt: "first 4 lines");
	// the header is found by its first column name rather than by counting them.
	const headerAt = lines.findIndex((l) => (l.fields[0] ?? '').trim() === COLUMNS_2016[0]);
	if (headerAt < 0) {
		problems.push({
			file,
			line: 1,
			column: 0,
			message: `no header row starting "${COLUMNS_2016[0]}" ${got(lines[0]?.fields[0] ?? '')}`,
		});
		return { rows, problems, counts };
	}
	for (const l of lines.slice(0, headerAt)) {
		if (l.fields.length === 1 && (l.fields[0] ?? '').trim() !== '') counts.titles++;
		else {
			counts.unrecognised++;
			problems.push({
				file,
				line: l.line,
				column: 0,
				message: `unrecognised line before the header: a title is one cell of text ${got(l.fields.join(','))}`,
			});
		}
	}
	counts.headerRows = 1;
	const headerLine = lines[headerAt]!;
	const headerProblems = checkHeader(file, headerLine.line, headerLine.fields, COLUMNS_2016);
	if (headerProblems.length > 0) return { rows, problems: [...problems, ...headerProblems], counts };

	const seen = new Map<string, number>();
	for (const l of lines.slice(headerAt + 1)) {
		counts.inspections++;
		const c = cellReader(file, l, problems);
		// The ODS→CSV conversion dropped trailing empty cells, so a row has 7 cells (no written
		// statement of action), 9 (statement, not revisited yet) or 13 (revisited).
		if (![7, 9, 13].includes(l.fields.length)) {
			problems.push({
				file,
				line: l.line,
				column: 0,
				message: `expected 7, 9 or 13 cells, found ${l.fields.length} ${got(l.fields[0] ?? '')}`,
			});
			continue;
		}
		const linkLabel = c.text(0, 'link label');
		const ons = c.schema(1, onsCode());
		const laName = c.text(2, 'area name');
		const ofstedRegion = c.text(3, 'Ofsted region');
		const start = c.date(4, 'inspection start date');
		const publishedOn = c.date(5, 'publication date');
		orderCheck(c, start, publishedOn, 5, 'publication date');
		const outcomeText = (c.raw(6) ?? '').trim();
		let wsoaRequired = false;
		let significantWeaknesses: number | null = null;
		let revisit: OfstedArea2016Row['revisit'] = { status: 'not_required' };
		if (outcomeText === 'No') {
			for (let i = 7; i < l.fields.length; i++)
				c.blank(i, 'no written statement of action was required, so this should be empty');
		} else if (outcomeText === 'Yes') {
			wsoaRequired = true;
			significantWeaknesses = c.whole(7, 'significant weaknesses', 1);
			if (l.fields.length === 7)
				c.fail(6, 'a written statement of action needs its number of weaknesses and revisit status');
			else if ((c.raw(8) ?? '').trim() === 'Not revisited yet') {
				revisit = { status: 'not_yet' };
				for (let i = 9; i < l.fields.length; i++) c.blank(i, 'not revisited yet, so this should be empty');
			} else if (l.fields.length !== 13) c.fail(8, 'expected a revisit date with its outcome, or "Not revisited yet"');
			else {
				const revisitStart = c.date(8, 'revisit start date');
				const revisitPublished = c.date(9, 'revisit publication date');
				orderCheck(c, start, revisitStart, 8, 'revisit start date');
				orderCheck(c, revisitStart, revisitPublished, 9, 'revisit publication date');
				const progress = (c.raw(10) ?? '').trim();
				if (progress !== 'Yes' && progress !== 'Some' && progress !== 'No') c.fail(10, 'expected Yes, Some or No');
				const withProgress = c.whole(11, 'weaknesses with sufficient progress');
				const without = c.whole(12, 'weaknesses without sufficient progress');
				if (withProgress !== null && without !== null && significantWeaknesses !== null) {
					// Each weakness is judged once at revisit, so the two counts add up to the
					// statement's total, and "Yes" / "No" / "Some" follow from them.
					const expected = without === 0 ? 'Yes' : withProgress === 0 ? 'No' : 'Some';
					if (withProgress + without !== significantWeaknesses) {
						c.fail(
							12,
							`${withProgress} with and ${without} without progress do not add up to the ${significantWeaknesses} weaknesses`,
						);
					} else if (progress !== expected) {
						c.fail(
							10,
							`with ${withProgress} of ${significantWeaknesses} weaknesses making progress the outcome is "${expected}"`,
						);
					}
				}
				if (c.ok() && revisitStart && revisitPublished && withProgress !== null && without !== null) {
					revisit = {
						status: 'done',
						start: revisitStart,
						published: revisitPublished,
						progressAsPublished: progress as 'Yes' | 'Some' | 'No',
						weaknessesWithProgress: withProgress,
						weaknessesWithoutProgress: without,
					};
				}
			}
		} else c.fail(6, 'expected Yes or No');

		if (ons) {
			const first = seen.get(ons);
			if (first !== undefined) c.fail(1, `${ons} is already on line ${first}`);
			else seen.set(ons, l.line);
		}
		if (!c.ok() || !linkLabel || !ons || !laName || !ofstedRegion || !start || !publishedOn) continue;
		rows.push({
			line: l.line,
			framework: '2016',
			laName,
			onsCode: ons,
			dfeCode: null,
			inspectionStart: start,
			published: publishedOn,
			link: null,
			linkLabel,
			ofstedRegion,
			outcomeText,
			wsoaRequired,
			significantWeaknesses,
			revisit,
		});
	}
	return { rows, problems, counts };
}

// --- mi_ofsted_area_send_winter_2022-23.csv -------------------------------------------------------

const COLUMNS_WINTER = [
	'',
	'Link.to.report.webpage.for.the.local.authority.and.local.area.partnership',
	'Local.area.partnership',
	'Ofsted.region',
	'Inspection.start.date',
	'Inspection.publication.date',
	'Inspection.outcome',
	'Priority.action.plan.required.',
	'Number.of.areas.for.priority.action',
];

/** Parses Ofsted's winter 2022-23 management information on 2023-framework area SEND inspections. */
export function parseOfstedAreaSendWinter2022to23(text: string, file: string): OfstedParsed<OfstedWinter2022to23Row> {
	const table = readCsv(text, file);
	const problems: Problem[] = [...table.problems];
	const rows: OfstedWinter2022to23Row[] = [];
	const counts: OfstedCounts = { titles: 0, headerRows: 0, inspections: 0, unrecognised: 0 };
	const lines = allLines(table);
	if (lines.length === 0) {
		problems.push({ file, line: 1, column: 0, message: 'the file has no header row (got "")' });
		return { rows, problems, counts };
	}
	const headerProblems = checkHeader(file, table.headerLine, table.header, COLUMNS_WINTER);
	counts.headerRows = 1;
	if (headerProblems.length > 0) return { rows, problems: [...problems, ...headerProblems], counts };

	const seen = new Map<string, number>();
	for (const [index, l] of lines.slice(1).entries()) {
		counts.inspections++;
		const c = cellReader(file, l, problems);
		if (l.fields.length !== COLUMNS_WINTER.length) {
			problems.push({
				file,
				line: l.line,
				column: 0,
				message: `expected ${COLUMNS_WINTER.length} cells, found ${l.fields.length} ${got(l.fields[0] ?? '')}`,
			});
			continue;
		}
		// The first column holds R's row names from write.csv (1, 2, 3, …): no information, but a
		// gap or repeat would mean a row was lost or doubled, so they must count up from 1.
		if ((c.raw(0) ?? '').trim() !== String(index + 1)) c.fail(0, `expected row number ${index + 1}`);
		const linkLabel = c.text(1, 'link label');
		const laName = c.text(2, 'local area partnership');
		const ofstedRegion = c.text(3, 'Ofsted region');
		const start = c.date(4, 'inspection start date');
		const publishedOn = c.date(5, 'publication date');
		orderCheck(c, start, publishedOn, 5, 'publication date');
		const outcomeText = (c.raw(6) ?? '').trim();
		const outcome = outcomeOf(outcomeText);
		if (!outcome)
			c.fail(
				6,
				'expected one of Ofsted\'s three outcomes ("Typically positive …", "Inconsistent …", "Widespread and/or systemic failings")',
			);
		const plan = (c.raw(7) ?? '').trim();
		let areas: number | null = null;
		if (plan === 'Yes') areas = c.whole(8, 'areas for priority action', 1);
		else if (plan === 'No') {
			// R writes NA for a missing value; with no plan there are no areas for priority action.
			if ((c.raw(8) ?? '').trim() !== 'NA') c.fail(8, 'no priority action plan, so expected NA');
		} else c.fail(7, 'expected Yes or No');
		if (laName) {
			const first = seen.get(laName);
			if (first !== undefined) c.fail(2, `${laName} is already on line ${first}`);
			else seen.set(laName, l.line);
		}
		if (!c.ok() || !linkLabel || !laName || !ofstedRegion || !start || !publishedOn || !outcome) continue;
		rows.push({
			line: l.line,
			framework: '2023',
			laName,
			onsCode: null,
			dfeCode: null,
			inspectionStart: start,
			published: publishedOn,
			link: null,
			linkLabel,
			ofstedRegion,
			outcome,
			outcomeText,
			priorityActionPlanRequired: plan === 'Yes',
			areasForPriorityAction: areas,
		});
	}
	return { rows, problems, counts };
}

// --- d2i_ofsted_area_send_new_framework_inspections.csv -------------------------------------------

const COLUMNS_D2I = [
	'urn',
	'la_code',
	'region_code',
	'ltla23cd',
	'stat_neighbours',
	'local_authority',
	'inspection_link',
	'outcome_grade',
	'previous_inspection_date',
	'inspection_start_date',
	'inspection_end_date',
	'publication_date',
	'next_inspection',
	'next_inspection_by_date',
	'local_link_to_all_inspections',
	'inspection_outcome_text',
];
const col = (name: string) => COLUMNS_D2I.indexOf(name);

// d2i's coding of outcome_grade (the .source.txt): pandas writes the numbers as floats and a
// missing grade as "nan".
const GRADES: Record<string, 1 | 2 | 3 | null> = { '1.0': 1, '2.0': 2, '3.0': 3, nan: null };
const GRADE_OUTCOME: Record<1 | 2 | 3, OfstedOutcome> = { 1: 'positive', 2: 'inconsistent', 3: 'systemic_failings' };
// d2i writes 01/01/1900 where its scrape found no earlier inspection (not a real inspection date).
const NO_PREVIOUS = '01/01/1900';

/** Parses Data to Insight's scrape of 2023-framework area SEND inspections. */
export function parseOfstedAreaSendNewFramework(text: string, file: string): OfstedParsed<OfstedNewFrameworkRow> {
	const table = readCsv(text, file);
	const problems: Problem[] = [...table.problems];
	const rows: OfstedNewFrameworkRow[] = [];
	const counts: OfstedCounts = { titles: 0, headerRows: 0, inspections: 0, unrecognised: 0 };
	if (table.header.length === 0) return { rows, problems, counts };
	counts.headerRows = 1;
	const headerProblems = checkHeader(file, table.headerLine, table.header, COLUMNS_D2I);
	if (headerProblems.length > 0) return { rows, problems: [...problems, ...headerProblems], counts };

	const seen = new Map<string, number>();
	for (const record of table.records) {
		const l = { line: record.line, fields: record.fields };
		counts.inspections++;
		const c = cellReader(file, l, problems);
		if (l.fields.length !== COLUMNS_D2I.length) {
			problems.push({
				file,
				line: l.line,
				column: 0,
				message: `expected ${COLUMNS_D2I.length} cells, found ${l.fields.length} ${got(l.fields[0] ?? '')}`,
			});
			continue;
		}
		const urn = (c.raw(col('urn')) ?? '').trim();
		if (!/^\d+$/.test(urn)) c.fail(col('urn'), 'expected an Ofsted unique reference number');
		const dfeCode = c.schema(col('la_code'), dfeLaCode());
		const regionCode = c.text(col('region_code'), 'region code');
		const ons = c.schema(col('ltla23cd'), onsCode());
		const neighboursText = (c.raw(col('stat_neighbours')) ?? '').trim();
		const statNeighbours = neighboursText.split(/,\s*/);
		if (!statNeighbours.every((n) => /^\d{3}$/.test(n)))
			c.fail(col('stat_neighbours'), 'expected DfE codes separated by commas');
		const laName = c.text(col('local_authority'), 'local authority');
		const link = c.schema(col('inspection_link'), z.string().trim().url({ message: 'expected the report address' }));

		const gradeText = (c.raw(col('outcome_grade')) ?? '').trim();
		const grade = Object.hasOwn(GRADES, gradeText)
			? (GRADES[gradeText] ?? null)
			: c.fail(col('outcome_grade'), 'expected 1.0, 2.0, 3.0 or nan');
		const outcomeText = (c.raw(col('inspection_outcome_text')) ?? '').trim();
		const textOutcome = outcomeOf(outcomeText);
		// The grade is d2i's coding of Ofsted's paragraph, so the two must name the same outcome;
		// with no grade ("nan") the paragraph must not name one either.
		if (grade !== null && textOutcome !== GRADE_OUTCOME[grade]) {
			c.fail(
				col('inspection_outcome_text'),
				`grade ${grade} means "${GRADE_OUTCOME[grade]}", but the outcome text says ${textOutcome ?? 'none of the three outcomes'}`,
			);
		}
		if (grade === null && gradeText === 'nan' && textOutcome !== null)
			c.fail(col('outcome_grade'), `no grade, but the outcome text says ${textOutcome}`);

		const optionalDate = (name: string) => ((c.raw(col(name)) ?? '').trim() === '' ? null : c.date(col(name), name));
		const previousText = (c.raw(col('previous_inspection_date')) ?? '').trim();
		let previousInspection: DateOrReason = { status: 'blank', date: null };
		if (previousText === NO_PREVIOUS) previousInspection = { status: 'none', date: null };
		else if (previousText !== '') {
			const date = c.date(col('previous_inspection_date'), 'previous_inspection_date');
			if (date) previousInspection = { status: 'date', date };
		}
		const start = optionalDate('inspection_start_date');
		const end = optionalDate('inspection_end_date');
		const publishedOn = c.date(col('publication_date'), 'publication_date');
		orderCheck(c, previousInspection.date, start, col('inspection_start_date'), 'inspection start');
		orderCheck(c, start, end, col('inspection_end_date'), 'inspection end');
		orderCheck(c, end ?? start, publishedOn, col('publication_date'), 'publication date');

		const nextInspectionAsPublished = c.text(col('next_inspection'), 'next inspection');
		// next_inspection_by_date is a date, or d2i's own text when it could not work one out
		// ("Last inspection date not provided", "Next inspection time frame not found"): kept, not read.
		const nextByText = (c.raw(col('next_inspection_by_date')) ?? '').trim();
		const looksLikeDate = /^\d{1,2}\/\d{1,2}\/\d+$/.test(nextByText);
		const nextInspectionBy = looksLikeDate ? c.date(col('next_inspection_by_date'), 'next_inspection_by_date') : null;
		if (!looksLikeDate && !/[a-z]/i.test(nextByText))
			c.fail(col('next_inspection_by_date'), "expected a date or d2i's explanation");

		if (dfeCode) {
			const first = seen.get(dfeCode);
			if (first !== undefined) c.fail(col('la_code'), `${dfeCode} is already on line ${first}`);
			else seen.set(dfeCode, l.line);
		}
		if (!c.ok() || !dfeCode || !regionCode || !ons || !laName || !link || !publishedOn || !nextInspectionAsPublished)
			continue;
		rows.push({
			line: l.line,
			framework: '2023',
			laName,
			onsCode: ons,
			dfeCode,
			inspectionStart: start,
			published: publishedOn,
			link,
			urn,
			regionCode,
			statNeighbours,
			inspectionEnd: end,
			grade,
			outcome: grade === null ? null : GRADE_OUTCOME[grade],
			outcomeText,
			previousInspection,
			nextInspectionAsPublished,
			nextInspectionBy,
			nextInspectionByAsPublished: nextByText,
			localLinkToAllInspections: (c.raw(col('local_link_to_all_inspections')) ?? '').trim(),
		});
	}
	return { rows, problems, counts };
}
