import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	outcomeOf,
	parseOfstedAreaSendNewFramework,
	parseOfstedAreaSendTo2022,
	parseOfstedAreaSendWinter2022to23,
	parseUkDate,
} from '~/lib/sources/ofstedAreaSend';

const DIR = 'data/raw/ofsted-area-send';
const read = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');
const TO_2022 = read('area_send_inspections_to_31_Aug_2022.csv');
const WINTER = read('mi_ofsted_area_send_winter_2022-23.csv');
const D2I = read('d2i_ofsted_area_send_new_framework_inspections.csv');

/** Text with real line `line` (1-based) given one cell (0-based) replaced. */
const withCell = (text: string, line: number, index: number, value: string) => {
	// Keep the file's own line ending (the 2016-framework file uses CRLF): a lone LF among CRLFs
	// would join two records.
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	const lines = text.split(eol);
	const fields = Papa.parse<string[]>(lines[line - 1]!, { delimiter: ',' }).data[0]!;
	fields[index] = value;
	lines[line - 1] = Papa.unparse([fields]);
	return lines.join(eol);
};

describe('parseUkDate(text)', () => {
	it.each([
		['17/06/2019', '2019-06-17'],
		['14/11/24', '2024-11-14'], // two-digit years are 20yy
		['29/02/2024', '2024-02-29'],
		['01/01/1900', '1900-01-01'], // a real date; d2i's "none" meaning is read by the parser, not here
	])('reads %s as %s', (text, iso) => expect(parseUkDate(text)).toBe(iso));

	it.each(['31/02/2024', '29/02/23', '2024-11-14', '1/6/2019', '14/13/24', ''])('refuses %j', (text) =>
		expect(parseUkDate(text)).toBeNull(),
	);
});

describe('outcomeOf(text)', () => {
	it.each([
		['Typically positive experiences and outcomes', 'positive'],
		[
			'The local area partnership’s arrangements typically lead to positive experiences and outcomes for children',
			'positive',
		],
		['Inconsistent experiences and outcomes', 'inconsistent'],
		['Widespread and/or systemic failings', 'systemic_failings'],
		['Inspection outcome section not found.', null],
	])('%s → %s', (text, outcome) => expect(outcomeOf(text)).toBe(outcome));
});

describe('parseOfstedAreaSendTo2022(text, file)', () => {
	const parsed = parseOfstedAreaSendTo2022(TO_2022, 'to2022.csv');
	const byName = (name: string) => parsed.rows.find((r) => r.laName === name)!;

	it('reads 149 inspections and counts the 4 title lines, with no problems', () => {
		expect(parsed.problems).toEqual([]);
		expect(parsed.counts).toEqual({ titles: 4, headerRows: 1, inspections: 149, unrecognised: 0 });
		expect(parsed.rows).toHaveLength(149);
		expect(parsed.rows.filter((r) => r.wsoaRequired)).toHaveLength(82);
		expect(parsed.rows.filter((r) => r.revisit.status === 'done')).toHaveLength(46);
		expect(parsed.rows.filter((r) => r.revisit.status === 'not_yet')).toHaveLength(36);
	});

	it('Derby (line 37): inspected 17/06/2019, WSoA with 5 weaknesses, revisit 04/10/2021 with progress on all 5', () => {
		expect(byName('Derby')).toEqual({
			line: 37,
			framework: '2016',
			laName: 'Derby',
			onsCode: 'E06000015',
			dfeCode: null,
			inspectionStart: '2019-06-17',
			published: '2019-08-28',
			link: null,
			linkLabel: 'Ofsted LA Webpage',
			ofstedRegion: 'East Midlands',
			outcomeText: 'Yes',
			wsoaRequired: true,
			significantWeaknesses: 5,
			revisit: {
				status: 'done',
				start: '2021-10-04',
				published: '2021-11-23',
				progressAsPublished: 'Yes',
				weaknessesWithProgress: 5,
				weaknessesWithoutProgress: 0,
			},
		});
	});

	it('Derbyshire (line 38): inspected 14/11/2016, no written statement of action', () => {
		expect(byName('Derbyshire')).toMatchObject({
			line: 38,
			onsCode: 'E10000007',
			inspectionStart: '2016-11-14',
			published: '2017-01-12',
			wsoaRequired: false,
			significantWeaknesses: null,
			revisit: { status: 'not_required' },
		});
	});

	it.each([
		// [what, line, 0-based cell, new text, column, message]
		[
			'an impossible date',
			37,
			4,
			'31/06/2019',
			5,
			'inspection start date: expected a real date written dd/mm/yyyy or dd/mm/yy (got "31/06/2019")',
		],
		[
			'a publication before the inspection',
			37,
			5,
			'28/05/2019',
			6,
			'publication date (2019-05-28) is before 2019-06-17 (got "28/05/2019")',
		],
		['an outcome other than Yes or No', 38, 6, 'Maybe', 7, 'expected Yes or No (got "Maybe")'],
		[
			'revisit counts that do not add up',
			37,
			12,
			'1',
			13,
			'5 with and 1 without progress do not add up to the 5 weaknesses (got "1")',
		],
		[
			'a revisit outcome that contradicts its counts',
			37,
			10,
			'Some',
			11,
			'with 5 of 5 weaknesses making progress the outcome is "Yes" (got "Some")',
		],
		['an empty area name', 38, 2, '', 3, 'area name is required but is empty (got "")'],
		['a bad ONS code', 38, 1, 'E1000007', 2, 'expected an ONS code such as E06000015 (got "E1000007")'],
	])('reports %s at its line and column', (_what, line, index, value, column, message) => {
		const result = parseOfstedAreaSendTo2022(withCell(TO_2022, line, index, value), 'to2022.csv');
		expect(result.problems).toEqual([{ file: 'to2022.csv', line, column, message }]);
		expect(result.rows.some((r) => r.line === line)).toBe(false);
		expect(result.rows).toHaveLength(148);
	});

	it('reports an unknown line before the header, and a missing header', () => {
		const extra = TO_2022.replace('This worksheet contains one table.', 'This worksheet contains one table.,extra');
		expect(parseOfstedAreaSendTo2022(extra, 'to2022.csv').problems).toEqual([
			{
				file: 'to2022.csv',
				line: 2,
				column: 0,
				message:
					'unrecognised line before the header: a title is one cell of text (got "This worksheet contains one table.,extra")',
			},
		]);
		const noHeader = TO_2022.replace('Web link to Ofsted local authority webpage', 'Link');
		expect(parseOfstedAreaSendTo2022(noHeader, 'to2022.csv').problems[0]).toMatchObject({ line: 1, column: 0 });
	});

	it('reports a missing column at the header', () => {
		const text = TO_2022.replace('Ofsted region,', '');
		expect(parseOfstedAreaSendTo2022(text, 'to2022.csv').problems[0]).toEqual({
			file: 'to2022.csv',
			line: 5,
			column: 4,
			message: 'expected column "Ofsted region" (got "Inspection start date")',
		});
	});
});

describe('parseOfstedAreaSendWinter2022to23(text, file)', () => {
	const parsed = parseOfstedAreaSendWinter2022to23(WINTER, 'winter.csv');

	it('reads 16 partnerships with no problems', () => {
		expect(parsed.problems).toEqual([]);
		expect(parsed.counts).toEqual({ titles: 0, headerRows: 1, inspections: 16, unrecognised: 0 });
		expect(parsed.rows.filter((r) => r.outcome === 'systemic_failings').map((r) => r.laName)).toEqual([
			'Hertfordshire',
			'Nottinghamshire',
			'Oldham',
			'Oxfordshire',
			'Plymouth',
		]);
	});

	it('Nottinghamshire (line 9): widespread/systemic failings, priority action plan with 2 areas', () => {
		expect(parsed.rows.find((r) => r.laName === 'Nottinghamshire')).toMatchObject({
			line: 9,
			framework: '2023',
			inspectionStart: '2023-01-30',
			published: '2023-05-16',
			outcome: 'systemic_failings',
			outcomeText: 'Widespread and/or systemic failings',
			priorityActionPlanRequired: true,
			areasForPriorityAction: 2,
			link: null,
			linkLabel: 'Report webpage',
		});
	});

	it('reads NA as no areas for priority action (Brighton and Hove, line 2)', () => {
		expect(parsed.rows[0]).toMatchObject({
			laName: 'Brighton and Hove',
			outcome: 'positive',
			priorityActionPlanRequired: false,
			areasForPriorityAction: null,
		});
	});

	it.each([
		[
			'an impossible date',
			9,
			4,
			'30/02/2023',
			5,
			'inspection start date: expected a real date written dd/mm/yyyy or dd/mm/yy (got "30/02/2023")',
		],
		[
			'a plan with NA areas',
			9,
			8,
			'NA',
			9,
			'areas for priority action: expected a whole number of at least 1 (got "NA")',
		],
		['no plan but a number of areas', 2, 8, '3', 9, 'no priority action plan, so expected NA (got "3")'],
		[
			'an unknown outcome',
			2,
			6,
			'Good',
			7,
			'expected one of Ofsted\'s three outcomes ("Typically positive …", "Inconsistent …", "Widespread and/or systemic failings") (got "Good")',
		],
		['a skipped row number', 2, 0, '0', 1, 'expected row number 1 (got "0")'],
	])('reports %s at its line and column', (_what, line, index, value, column, message) => {
		const result = parseOfstedAreaSendWinter2022to23(withCell(WINTER, line, index, value), 'winter.csv');
		expect(result.problems).toEqual([{ file: 'winter.csv', line, column, message }]);
		expect(result.rows).toHaveLength(15);
	});
});

describe('parseOfstedAreaSendNewFramework(text, file)', () => {
	const parsed = parseOfstedAreaSendNewFramework(D2I, 'd2i.csv');
	const byCode = (code: string) => parsed.rows.find((r) => r.dfeCode === code)!;

	it('reads 72 inspections with no problems; Derby (831) is not among them', () => {
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows).toHaveLength(72);
		expect(parsed.counts).toEqual({ titles: 0, headerRows: 1, inspections: 72, unrecognised: 0 });
		expect(parsed.rows.some((r) => r.dfeCode === '831')).toBe(false);
	});

	it('Derbyshire (830, line 14): grade 3, published 14/11/24, inspection dates blank', () => {
		expect(byCode('830')).toMatchObject({
			line: 14,
			laName: 'derbyshire',
			onsCode: 'E10000007',
			grade: 3,
			outcome: 'systemic_failings',
			published: '2024-11-14',
			inspectionStart: null,
			inspectionEnd: null,
			previousInspection: { status: 'blank', date: null },
			nextInspectionAsPublished: '18 months',
			nextInspectionBy: null,
			nextInspectionByAsPublished: 'Last inspection date not provided',
			link: 'https://files.ofsted.gov.uk/v1/file/50261625',
		});
		expect(byCode('830').statNeighbours).toEqual([
			'891',
			'933',
			'935',
			'926',
			'860',
			'878',
			'893',
			'929',
			'838',
			'885',
		]);
	});

	it('reads 01/01/1900 as "no previous inspection" (Bedford, line 2) and dd/mm/yyyy where given (Dorset, line 15)', () => {
		expect(byCode('822')).toMatchObject({
			previousInspection: { status: 'none', date: null },
			inspectionStart: '2024-11-18',
			inspectionEnd: '2024-11-22',
			published: '2025-02-04',
			nextInspectionBy: '2029-11-18',
			grade: 1,
			outcome: 'positive',
		});
		expect(byCode('838').previousInspection).toEqual({ status: 'date', date: '2017-01-27' });
	});

	it('keeps a missing grade ("nan") as null (Slough, line 56)', () => {
		expect(byCode('871')).toMatchObject({
			line: 56,
			grade: null,
			outcome: null,
			outcomeText: 'Inspection outcome section not found.',
		});
	});

	it.each([
		[
			'an impossible date',
			2,
			9,
			'31/11/24',
			10,
			'inspection_start_date: expected a real date written dd/mm/yyyy or dd/mm/yy (got "31/11/24")',
		],
		[
			'an end before the start',
			2,
			10,
			'17/11/24',
			11,
			'inspection end (2024-11-17) is before 2024-11-18 (got "17/11/24")',
		],
		[
			'a grade that contradicts the text',
			2,
			7,
			'3.0',
			16,
			expect.stringMatching(
				/^grade 3 means "systemic_failings", but the outcome text says positive \(got "The local area partnership’s special/,
			) as string,
		],
		['an unknown grade', 2, 7, '4.0', 8, 'expected 1.0, 2.0, 3.0 or nan (got "4.0")'],
		['a bad neighbour list', 2, 4, '303; 826', 5, 'expected DfE codes separated by commas (got "303; 826")'],
		[
			'an empty publication date',
			2,
			11,
			'',
			12,
			'publication_date: expected a real date written dd/mm/yyyy or dd/mm/yy (got "")',
		],
	])('reports %s at its line and column', (_what, line, index, value, column, message) => {
		const result = parseOfstedAreaSendNewFramework(withCell(D2I, line, index, value), 'd2i.csv');
		expect(result.problems).toEqual([{ file: 'd2i.csv', line, column, message }]);
		expect(result.rows).toHaveLength(71);
	});
});
