import { describe, expect, it } from 'vitest';
import { neighbourComparison } from '~/lib/pageData/neighbourComparison';
import { chartData } from '~/lib/pageData/charts/chartData';
import { getCouncil } from '~/lib/data';
import type { Council } from '~/lib/councils/council';
import { dataUpTo } from '../../helpers/dataUpTo';

describe('neighbourComparison(council, data) on the real data', () => {
	// As the site stood with 2024 the newest year, so the hand-checked values stay fixed.
	const derby = neighbourComparison(getCouncil('derby'), dataUpTo(chartData, { calendar: '2024', january: '2025' }))!;

	it('compares Derby with its ten statistical neighbours in 2025, the latest year every council has', () => {
		expect(derby.period).toBe('2025');
		expect(derby.lines).toHaveLength(11);
	});

	it('reads the figures DfE published: Derby 245 of 466 = 52.6%, Southampton 248 of 310 = 80.0%, England 46.1%', () => {
		// timeliness_20_week_2026release_la.csv lines 64, 136 and 2, pc_plans_issued_20_weeks_ex.
		const text = (name: string) => derby.lines.find((l) => l.name === name)?.text;
		expect(text('Derby')).toBe('52.6%');
		expect(text('Southampton')).toBe('80.0%');
		expect(derby.england?.text).toBe('46.1%');
	});

	it('sorts highest first: Walsall (96.3%) leads, Sheffield (27.8%) is last, Derby is 7th of 11', () => {
		// From the same file: Walsall 290 of 301, Bolton 86.0, Southampton 80.0, Peterborough 66.0,
		// Kirklees 62.8, Stoke-on-Trent 58.7, Derby 52.6, Rochdale 49.3, Coventry 37.6, Tameside 30.3.
		expect(derby.lines.map((l) => l.name)).toEqual([
			'Walsall',
			'Bolton',
			'Southampton',
			'Peterborough',
			'Kirklees',
			'Stoke-on-Trent',
			'Derby',
			'Rochdale',
			'Coventry',
			'Tameside',
			'Sheffield',
		]);
		expect(derby.place).toEqual({ place: 7, of: 11 });
	});
});

describe('neighbourComparison(council, data) with gaps', () => {
	const council = (code: string, name: string): Council => ({
		onsCode: code,
		dfeCode: code.slice(-3),
		name,
		slug: name.toLowerCase(),
		type: 'Unitary authority',
		regionCode: 'E12000004',
		regionName: 'East Midlands',
	});
	const a = council('E06000001', 'A');
	const b = council('E06000002', 'B');
	const c = council('E06000003', 'C');
	const obs = (code: string, value: number | null) => ({
		measure: 'timeliness_20wk_excl',
		areaType: 'council' as const,
		areaCode: code,
		periodKind: 'calendar' as const,
		period: '2024',
		figure: value === null ? { status: 'suppressed' as const, value: null } : { status: 'published' as const, value },
		sourceId: 's',
		file: 'f',
		line: 1,
	});
	const all = [obs(a.onsCode, 40), obs(b.onsCode, null), obs(c.onsCode, 60)];
	const data = {
		...chartData,
		councils: () => [a, b, c],
		neighbours: () => [b, c],
		measureObservations: () => all,
		series: (_m: string, code: string) => all.filter((o) => o.areaCode === code),
	};

	it('puts a suppressed neighbour last, in words, never as zero', () => {
		const result = neighbourComparison(a, data)!;
		expect(result.lines.map((l) => [l.name, l.text])).toEqual([
			['C', '60.0%'],
			['A', '40.0%'],
			['B', 'suppressed'],
		]);
		expect(result.place).toEqual({ place: 2, of: 2 });
	});

	it('returns null for a council with no neighbours', () => {
		expect(neighbourComparison(a, { ...data, neighbours: () => [] })).toBeNull();
	});
});
