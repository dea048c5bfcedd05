import { describe, expect, it } from 'vitest';
import { readRepoFile, withCell } from '../../helpers/rawFile';
import { parseOfstedAreaSendWinter2022to23 } from '~/lib/sources/ofstedAreaSendWinter2022to23';

const WINTER = readRepoFile('data/raw/ofsted-area-send/mi_ofsted_area_send_winter_2022-23.csv');
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
