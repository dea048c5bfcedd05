import { readCsv } from '../csv/readCsv';
import { got, type Problem } from '../problems';
import {
	type OfstedOutcome,
	type OfstedInspectionBase,
	type OfstedCounts,
	type OfstedParsed,
	outcomeOf,
	allLines,
	checkHeader,
	cellReader,
	orderCheck,
} from './ofstedAreaSend';

// data/raw/ofsted-area-send/mi_ofsted_area_send_winter_2022-23.csv: Ofsted management information
// with the first 2023-framework outcomes; names only, no codes; R's row numbers in the first column;
// "NA" where not applicable (the .source.txt describes the columns).

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
