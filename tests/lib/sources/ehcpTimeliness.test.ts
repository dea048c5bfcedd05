import { describe, expect, it } from 'vitest';
import { parseEhcpTimeliness } from '~/lib/sources/ehcpTimeliness';
import { readRepoFile, sourceFile } from '../../helpers/rawFile';

const timeliness2025 = sourceFile('dfe-ehcp-2025-timeliness');
const timeliness2026 = sourceFile('dfe-ehcp-2026-timeliness');
import { formatProblem } from '~/lib/problems';

const real2025 = parseEhcpTimeliness(readRepoFile(timeliness2025), timeliness2025);
const real2026 = parseEhcpTimeliness(readRepoFile(timeliness2026), timeliness2026);
const find = (parsed: typeof real2025, name: string, year: number) =>
	parsed.rows.find((r) => r.name === name && r.year === year);

describe('parseEhcpTimeliness(text, file) on the 2025 release', () => {
	it('reads every row without a problem and accounts for the breakdown rows it sets aside', () => {
		expect(real2025.problems).toEqual([]);
		const setAside = Object.values(real2025.setAside).reduce((a, b) => a + b, 0);
		expect(real2025.rows.length + setAside).toBe(real2025.read);
		expect(real2025.read).toBe(12211);
	});

	it('England 2024: 39,407 of 84,866 plans within 20 weeks excluding exceptions = 46.4%', () => {
		const england = real2025.rows.find((r) => r.areaType === 'england' && r.year === 2024);
		expect(england?.values['pc_plans_issued_20_weeks_ex']).toEqual({ status: 'published', value: 46.4 });
		expect(england?.values['plans_issued_20_weeks_ex']).toEqual({ status: 'published', value: 39407 });
		expect(england?.values['plans_issued_den_ex']).toEqual({ status: 'published', value: 84866 });
		expect(england?.values['pc_plans_issued_within_20_weeks']).toEqual({ status: 'published', value: 45.9 });
	});

	it('keeps DfE "x" as unavailable, not zero (over-52-weeks split is not published for 2019)', () => {
		const derby2019 = find(real2025, 'Derby', 2019);
		expect(derby2019?.values['pc_plans_issued_gt_1_year']).toEqual({ status: 'unavailable', value: null });
	});

	it('reads Derby with its ONS and DfE codes and region', () => {
		const derby = find(real2025, 'Derby', 2024);
		expect(derby).toMatchObject({
			areaType: 'council',
			areaCode: 'E06000015',
			dfeCode: '831',
			regionName: 'East Midlands',
		});
	});
});

describe('parseEhcpTimeliness(text, file) on the 2026 release extract', () => {
	it('Derbyshire 2025: 71 of 1,472 plans within 20 weeks including exceptions (4.8%)', () => {
		const derbyshire = find(real2026, 'Derbyshire', 2025);
		expect(derbyshire?.values['plans_issued_within_20_weeks']).toEqual({ status: 'published', value: 71 });
		expect(derbyshire?.values['plans_issued_den']).toEqual({ status: 'published', value: 1472 });
		expect(derbyshire?.values['pc_plans_issued_within_20_weeks']).toEqual({ status: 'published', value: 4.8 });
	});

	it('matches lower-cased 2026 column names to the 2025 names', () => {
		expect(real2026.problems).toEqual([]);
		expect(find(real2026, 'Derby', 2025)?.values['pc_plans_issued_20_weeks_ex']).toEqual({
			status: 'published',
			value: 52.6,
		});
	});
});

describe('parseEhcpTimeliness(text, file) on bad input', () => {
	// Three real rows of the 2025 file: England 2019, North East 2019, and Derby 2019 (line 63).
	const lines = readRepoFile(timeliness2025).split('\n');
	const header = lines[0] ?? '';
	const derby = lines[62] ?? '';
	const file = 'timeliness.csv';
	const messages = (rows: string[], head = header) =>
		parseEhcpTimeliness([head, ...rows].join('\n'), file).problems.map(formatProblem);
	const col = (name: string) =>
		header
			.toLowerCase()
			.replace(/^\ufeff/, '')
			.split(',')
			.indexOf(name.toLowerCase()) + 1;
	const withCell = (row: string, name: string, value: string) => {
		const cells = row.split(',');
		cells[col(name) - 1] = value;
		return cells.join(',');
	};

	it('names a missing column at the header line', () => {
		const head = header.replace(',PC_plans_issued_20_weeks_ex', '');
		expect(messages([], head)).toEqual([
			expect.stringMatching(/^timeliness\.csv:1: missing column "pc_plans_issued_20_weeks_ex"/),
		]);
	});

	it.each([
		['a non-number', 'plans_issued_den', 'abc', /expected a whole number or a published symbol \(got "abc"\)/],
		['a negative count', 'plans_issued_den', '-4', /a count cannot be negative \(got "-4"\)/],
		[
			'a percentage over 100',
			'PC_plans_issued_20_weeks_ex',
			'124.7',
			/a percentage cannot be over 100 \(got "124.7"\)/,
		],
		['an empty required cell', 'plans_issued_den_ex', '', /empty cell .* \(got ""\)/],
		['a bad LA code', 'old_la_code', '83', /expected a three-digit DfE LA code such as 831 \(got "83"\)/],
		['a fractional count', 'plans_issued_within_20_weeks', '6.5', /a count must be a whole number \(got "6.5"\)/],
	])('reports %s with file:line:column', (_, column, value, message) => {
		const problems = messages([withCell(derby, column, value)]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(new RegExp(`^timeliness\\.csv:2:${col(column)}: ${column.toLowerCase()}: `));
		expect(problems[0]).toMatch(message);
	});

	it('reports a duplicate row, naming the first', () => {
		expect(messages([derby, derby])).toEqual(['timeliness.csv:3: duplicate row: Derby 2019 already appears on line 2']);
	});

	it('lists every problem, not only the first', () => {
		const bad = withCell(withCell(derby, 'plans_issued_den', 'abc'), 'PC_plans_issued_20_weeks_ex', '101');
		expect(messages([bad, withCell(derby, 'time_period', '20x9')])).toHaveLength(3);
	});
});
