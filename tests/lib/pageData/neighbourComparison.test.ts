import { describe, expect, it } from 'vitest';
import { neighbourComparison } from '~/lib/pageData/neighbourComparison';
import { siteData } from '~/lib/pageData/siteData';
import { getCouncil } from '~/lib/data';
import type { Council } from '~/lib/model/council';
import { dataUpTo } from '../../helpers/dataUpTo';

describe('neighbourComparison(council, data) on the real data', () => {
	// As the site stood with 2024 the newest year, so the hand-checked values stay fixed.
	const derby = neighbourComparison(getCouncil('derby'), dataUpTo(siteData, { calendar: '2024', january: '2025' }))!;

	it('compares Derby with its ten statistical neighbours in 2024, the latest year every council has', () => {
		expect(derby.period).toBe('2024');
		expect(derby.lines).toHaveLength(11);
	});

	it('reads the figures DfE published: Derby 62 of 377 = 16.4%, Southampton 312 of 320 = 97.5%, England 46.4%', () => {
		// timeliness_20_week.csv (2025 release) lines 8563, 11249 and 6343, PC_plans_issued_20_weeks_ex.
		const text = (name: string) => derby.lines.find((l) => l.name === name)?.text;
		expect(text('Derby')).toBe('16.4%');
		expect(text('Southampton')).toBe('97.5%');
		expect(derby.england?.text).toBe('46.4%');
	});

	it('sorts highest first, so Southampton leads and Derby (lowest of the eleven) is last', () => {
		expect(derby.lines[0]?.name).toBe('Southampton');
		expect(derby.lines.at(-1)).toMatchObject({ name: 'Derby', isThisCouncil: true });
		expect(derby.place).toEqual({ place: 11, of: 11 });
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
		...siteData,
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
