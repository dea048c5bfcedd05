import { describe, expect, it } from 'vitest';
import { readRepoFile, withCell } from '../../helpers/rawFile';
import { parseOfstedAreaSendNewFramework } from '~/lib/sources/ofstedAreaSendNewFramework';

const D2I = readRepoFile('data/raw/ofsted-area-send/d2i_ofsted_area_send_new_framework_inspections.csv');
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
