import { describe, expect, it } from 'vitest';
import { readRepoFile, withCell } from '../../helpers/rawFile';
import { parseOfstedAreaSendTo2022 } from '~/lib/sources/ofstedAreaSendTo2022';

const TO_2022 = readRepoFile('data/raw/ofsted-area-send/area_send_inspections_to_31_Aug_2022.csv');
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
