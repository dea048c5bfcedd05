import { onsCode } from '../csv/cells';
import { readCsv } from '../csv/readCsv';
import { got, type Problem } from '../problems';
import {
	type OfstedInspectionBase,
	type OfstedCounts,
	type OfstedParsed,
	allLines,
	checkHeader,
	cellReader,
	orderCheck,
} from './ofstedAreaSend';

// data/raw/ofsted-area-send/area_send_inspections_to_31_Aug_2022.csv: Ofsted's official statistics
// on area SEND inspections under the 2016 framework (written statement of action, revisits); 4 title
// lines, then rows of 7, 9 or 13 cells by outcome (the .source.txt describes the columns).

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
