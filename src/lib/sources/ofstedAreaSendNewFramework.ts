import { z } from 'zod';
import { dfeLaCode, onsCode } from '../csv/cells';
import { readCsv } from '../csv/readCsv';
import { got, type Problem } from '../problems';
import {
	type OfstedOutcome,
	type OfstedInspectionBase,
	type DateOrReason,
	type OfstedCounts,
	type OfstedParsed,
	outcomeOf,
	checkHeader,
	cellReader,
	orderCheck,
} from './ofstedAreaSend';

// data/raw/ofsted-area-send/d2i_ofsted_area_send_new_framework_inspections.csv: Data to Insight's
// scrape of 2023-framework area SEND reports (not an official statistic); dd/mm/yy and dd/mm/yyyy
// dates, 01/01/1900 for "no previous inspection", "nan" grades (the .source.txt describes the columns).

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
