import { describe, expect, it } from 'vitest';
import { whatChanged, WHAT_CHANGED_MEASURES } from '../../../src/lib/scrutiny/whatChanged';
import type { ScrutinyData } from '../../../src/lib/scrutiny/scrutinyData';
import { siteData } from '../../../src/lib/pageData/siteData';
import type { Observation } from '../../../src/lib/model/observation';
import { getCouncil } from '../../../src/lib/data';
import { dataUpTo } from '../../helpers/dataUpTo';

const data = siteData;
const derby = getCouncil('derby');
const byMeasure = (d: ScrutinyData = data) => Object.fromEntries(whatChanged(derby, d).map((l) => [l.measure.id, l]));
const withSeries = (measure: string, change: (series: Observation[]) => Observation[]): ScrutinyData => ({
	...data,
	series: (m, a) => (m === measure && a === derby.onsCode ? change(data.series(m, a)) : data.series(m, a)),
});

describe('whatChanged(council, data)', () => {
	it('gives one line per headline measure, in order', () => {
		expect(whatChanged(derby, data).map((l) => l.measure.id)).toEqual([...WHAT_CHANGED_MEASURES]);
	});

	it('says how a count changed, in numbers and as a share of the earlier figure', () => {
		const line = byMeasure(dataUpTo(data, { calendar: '2024', january: '2025' }))['plans_in_place']!;
		expect(line.text).toBe(
			'EHC plans in place in January: rose by 171 (4.8%) from January 2024 to January 2025 (3,564 to 3,735).',
		);
		expect(line).toMatchObject({ kind: 'change', difference: 171, relative: 4.8 });
		expect(line.citations.map((c) => c.where)).toEqual(['caseload.csv, line 5476', 'caseload.csv, line 17730']);
	});

	it("uses the headline's January: Derby 3,735 to 3,734 from January 2025 to January 2026", () => {
		const line = byMeasure()['plans_in_place']!;
		expect(line).toMatchObject({ kind: 'change', difference: -1 });
		expect(line.citations.map((c) => c.where)).toEqual([
			'caseload.csv, line 17730',
			'caseload_2026release_la.csv, line 64',
		]);
	});

	it("says in words why a council has no figure for the headline's year (Leicester, DfE's 2025 timeliness)", () => {
		const line = whatChanged(getCouncil('leicester'), data).find((l) => l.measure.id === 'timeliness_20wk_excl')!;
		expect(line.kind).toBe('missing');
		expect(line.text).toMatch(/because the 2025 figure is not available \(DfE published no 2025 figures for Leicester/);
		expect(line.text).toMatch(/totals for England and the East Midlands leave Leicester out\)\.$/);
	});

	it('gives a change in a rate in percentage points', () => {
		expect(byMeasure()['timeliness_20wk_excl']?.text).toBe(
			'New EHC plans issued within 20 weeks (excluding exceptions): rose by 36.2 percentage points from 2024 to 2025 (16.4% to 52.6%).',
		);
		expect(byMeasure()['appeal_rate_new']?.text).toBe(
			'SEND Tribunal appeal rate (new method): fell by 3.7 percentage points from 2024 to 2025 (12.8% to 9.1%).',
		);
	});

	it('never computes a change across a break in series, and says so', () => {
		const cut = withSeries('requests', (s) => s.filter((o) => Number(o.period) <= 2023));
		const line = byMeasure(cut)['requests']!;
		expect(line).toMatchObject({ kind: 'break', difference: null });
		expect(line.text).toBe(
			'Initial requests for an EHC needs assessment: no change is given, because 2023 starts a new data collection (a break in series), so it cannot be compared with 2022.',
		);
	});

	it('never computes a change from a missing value, and says which is missing', () => {
		const earlier = withSeries('new_plans', (s) =>
			s.map((o) => (o.period === '2024' ? { ...o, figure: { status: 'suppressed', value: null } } : o)),
		);
		expect(byMeasure(earlier)['new_plans']?.text).toBe(
			"New EHC plans (DfE's count): no change is given, because the 2024 figure is suppressed.",
		);
		const latest = withSeries('new_plans', (s) =>
			s.map((o) => (o.period === '2025' ? { ...o, figure: { status: 'unavailable', value: null } } : o)),
		);
		expect(byMeasure(latest)['new_plans']).toMatchObject({
			kind: 'missing',
			text: "New EHC plans (DfE's count): no change is given, because the 2025 figure is not available.",
		});
		const gap = withSeries('new_plans', (s) => s.filter((o) => o.period !== '2024'));
		expect(byMeasure(gap)['new_plans']?.text).toBe(
			"New EHC plans (DfE's count): no change is given, because there is no figure for 2024.",
		);
		const first = withSeries('new_plans', (s) => s.filter((o) => o.period === '2025'));
		expect(byMeasure(first)['new_plans']?.text).toBe(
			"New EHC plans (DfE's count): no change is given, because it was first published for 2025.",
		);
	});
});
