import { describe, expect, it } from 'vitest';
import { parseEesTable, type EesSpec } from '~/lib/sources/eesTable';

// Lines 1, 63, 6343, 6511, 8563 and 8564 of DfE's timeliness_20_week.csv (2025 release,
// data/raw/dfe-ehcp-2025-release/), copied verbatim: the header (BOM kept), Derby 2019, England
// 2024, East Midlands 2024, Derby 2024 and one of Derby's 2024 age breakdowns. Here they are lines 2–6.
const LINES = [
	'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,new_la_code,old_la_code,la_name,breakdown_topic,breakdown,plans_issued_den,plans_issued_den_ex,plans_issued_within_20_weeks,plans_issued_20_weeks_ex,pc_plans_issued_within_20_weeks,PC_plans_issued_20_weeks_ex,plans_issued_gt20weeks_ltYear,plans_issued_gt20weeks_ltYear_ex,pc_plans_issued_gt20weeks_ltYear,PC_plans_issued_gt20weeks_ltYear_ex,plans_issued_gt_1_year,plans_issued_gt_1_year_ex,pc_plans_issued_gt_1_year,PC_plans_issued_gt_1_year_ex',
	'2019,Calendar year,Local authority,E92000001,England,E12000004,East Midlands,E06000015,831,Derby,All EHC plans issued,All EHC plans issued,251,251,62,62,24.7,24.7,x,x,x,x,x,x,x,x',
	'2024,Calendar year,National,E92000001,England,,,,,,All EHC plans issued,All EHC plans issued,90392,84866,41448,39407,45.9,46.4,42402,39168,46.9,46.2,6478,6230,7.2,7.3',
	'2024,Calendar year,Regional,E92000001,England,E12000004,East Midlands,,,,All EHC plans issued,All EHC plans issued,7405,6995,2816,2729,38,39,3858,3602,52.1,51.5,731,664,9.9,9.5',
	'2024,Calendar year,Local authority,E92000001,England,E12000004,East Midlands,E06000015,831,Derby,All EHC plans issued,All EHC plans issued,442,377,62,62,14,16.4,298,253,67.4,67.1,82,62,18.6,16.4',
	'2024,Calendar year,Local authority,E92000001,England,E12000004,East Midlands,E06000015,831,Derby,Child or young persons age,age 10,32,26,7,7,21.9,26.9,21,15,65.6,57.7,4,4,12.5,15.4',
];
const TEXT = '\uFEFF' + LINES.join('\r\n') + '\r\n';
const FILE = 'timeliness_20_week.csv';

const SPEC: EesSpec = {
	timePeriod: 'calendar',
	timeIdentifier: 'Calendar year',
	breakdown: { column: 'breakdown_topic', all: ['All EHC plans issued'] },
	// The 2025 release spells this column PC_plans_issued_20_weeks_ex; names are matched in lower case.
	columns: {
		plans_issued_den_ex: 'count',
		plans_issued_20_weeks_ex: 'count',
		pc_plans_issued_20_weeks_ex: 'percent',
		plans_issued_gt_1_year: 'count',
	},
};

const withLine = (index: number, edit: (line: string) => string) =>
	'\uFEFF' + LINES.map((l, i) => (i === index ? edit(l) : l)).join('\r\n') + '\r\n';

describe('parseEesTable(text, file, spec) on the 2025 timeliness file', () => {
	const parsed = parseEesTable(TEXT, FILE, SPEC);

	it('reads the all-plans rows with no problems, and sets the age breakdown aside, counted', () => {
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows.map((r) => [r.line, r.name, r.year])).toEqual([
			[2, 'Derby', 2019],
			[3, 'England', 2024],
			[4, 'East Midlands', 2024],
			[5, 'Derby', 2024],
		]);
		expect(parsed.read).toBe(5);
		expect(parsed.setAside).toEqual({ 'breakdown_topic is "Child or young persons age"': 1 });
	});

	it('Derby 2024: 62 of 377 plans within 20 weeks excluding exceptions, 16.4%', () => {
		expect(parsed.rows[3]).toEqual({
			line: 5,
			areaType: 'council',
			areaCode: 'E06000015',
			dfeCode: '831',
			name: 'Derby',
			regionCode: 'E12000004',
			regionName: 'East Midlands',
			year: 2024,
			period: { kind: 'calendar', year: 2024 },
			values: {
				plans_issued_den_ex: { status: 'published', value: 377 },
				plans_issued_20_weeks_ex: { status: 'published', value: 62 },
				pc_plans_issued_20_weeks_ex: { status: 'published', value: 16.4 },
				plans_issued_gt_1_year: { status: 'published', value: 82 },
			},
		});
	});

	it('England 2024 (39,407 of 84,866, 46.4%) and the East Midlands (2,729 of 6,995, 39%)', () => {
		expect(parsed.rows[1]).toMatchObject({
			areaType: 'england',
			areaCode: 'E92000001',
			dfeCode: null,
			regionCode: null,
			values: { pc_plans_issued_20_weeks_ex: { status: 'published', value: 46.4 } },
		});
		expect(parsed.rows[2]).toMatchObject({
			areaType: 'region',
			areaCode: 'E12000004',
			values: {
				plans_issued_20_weeks_ex: { status: 'published', value: 2729 },
				plans_issued_den_ex: { status: 'published', value: 6995 },
				pc_plans_issued_20_weeks_ex: { status: 'published', value: 39 },
			},
		});
	});

	it('keeps DfE\'s "x" (Derby 2019, plans over a year) as unavailable, not zero', () => {
		expect(parsed.rows[0]?.values['plans_issued_gt_1_year']).toEqual({ status: 'unavailable', value: null });
	});

	it('sets aside years read from another release, and says so', () => {
		const only2024 = parseEesTable(TEXT, FILE, { ...SPEC, years: { from: 2020, to: 2024 } });
		expect(only2024.rows).toHaveLength(3);
		expect(only2024.setAside).toMatchObject({ 'year 2019 read from another release (see data/README.md)': 1 });
	});

	it.each([
		// [what, line index in LINES, edit, problem]
		[
			'a short row',
			4,
			(l: string) => l.slice(0, l.lastIndexOf(',')),
			{ line: 5, column: 0, message: 'expected 26 cells, got 25' },
		],
		[
			'a bad year',
			4,
			(l: string) => l.replace(/^2024/, '24'),
			{ line: 5, column: 1, message: 'time_period: expected a year such as 2024 (got "24")' },
		],
		[
			'a negative count',
			4,
			(l: string) => l.replace(',377,', ',-377,'),
			{ line: 5, column: 14, message: 'plans_issued_den_ex: a count cannot be negative (got "-377")' },
		],
		[
			'an unknown level',
			1,
			(l: string) => l.replace('Local authority', 'Ward'),
			{ line: 2, column: 3, message: 'geographic_level: expected National, Regional or Local authority (got "Ward")' },
		],
		[
			'a duplicate',
			1,
			() => LINES[4] ?? '',
			{ line: 5, column: 0, message: 'duplicate row: Derby 2024 already appears on line 2' },
		],
		// Rows set aside are validated first (issue 7): a bad cell in a breakdown the site does not
		// use, or in a year read from another release, still stops the build.
		[
			'a bad count in an age breakdown that is set aside',
			5,
			(l: string) => l.replace(',26,7,7,', ',2b,7,7,'),
			{ line: 6, column: 14, message: 'plans_issued_den_ex: expected a whole number or a published symbol (got "2b")' },
		],
		[
			'a short age-breakdown row',
			5,
			(l: string) => l.slice(0, l.lastIndexOf(',')),
			{ line: 6, column: 0, message: 'expected 26 cells, got 25' },
		],
		[
			'a bad code in an age breakdown',
			5,
			(l: string) => l.replace(',831,', ',83,'),
			{
				line: 6,
				column: 9,
				message: 'old_la_code: expected a three-digit DfE LA code such as 831 (got "83")',
			},
		],
	])('reports %s at its line and column', (_what, index, edit, problem) => {
		expect(parseEesTable(withLine(index, edit), FILE, SPEC).problems).toEqual([{ file: FILE, ...problem }]);
	});

	it('validates a year it sets aside: a bad cell in 2019 is reported though only 2020–2024 are read', () => {
		const text = withLine(1, (l) => l.replace(',251,251,62,62,', ',251,-1,62,62,'));
		expect(parseEesTable(text, FILE, { ...SPEC, years: { from: 2020, to: 2024 } }).problems).toEqual([
			{ file: FILE, line: 2, column: 14, message: 'plans_issued_den_ex: a count cannot be negative (got "-1")' },
		]);
	});

	it('reports a missing column and reads nothing', () => {
		const result = parseEesTable(TEXT.replace('plans_issued_den_ex', 'plans_den_ex'), FILE, SPEC);
		expect(result.rows).toEqual([]);
		expect(result.problems.map((p) => p.message).join('\n')).toContain('plans_issued_den_ex');
	});
});
