import { describe, expect, it } from 'vitest';
import { whatChanged, WHAT_CHANGED_MEASURES } from '../../../src/lib/scrutiny/whatChanged';
import { scrutinyData, type ScrutinyData } from '../../../src/lib/scrutiny/scrutinyData';
import type { Observation } from '../../../src/lib/observation';
import { getCouncil } from '../../../src/lib/data';

const data = scrutinyData();
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
		const line = byMeasure()['plans_in_place']!;
		expect(line.text).toBe(
			'EHC plans in place in January: rose by 171 (4.8%) from January 2024 to January 2025 (3,564 to 3,735).',
		);
		expect(line).toMatchObject({ kind: 'change', difference: 171, relative: 4.8 });
		expect(line.citations.map((c) => c.where)).toEqual(['caseload.csv, line 5476', 'caseload.csv, line 17730']);
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
		const earlier = withSeries('plans_issued', (s) =>
			s.map((o) => (o.period === '2024' ? { ...o, figure: { status: 'suppressed', value: null } } : o)),
		);
		expect(byMeasure(earlier)['plans_issued']?.text).toBe(
			'New EHC plans issued: no change is given, because the 2024 figure is suppressed.',
		);
		const latest = withSeries('plans_issued', (s) =>
			s.map((o) => (o.period === '2025' ? { ...o, figure: { status: 'unavailable', value: null } } : o)),
		);
		expect(byMeasure(latest)['plans_issued']).toMatchObject({
			kind: 'missing',
			text: 'New EHC plans issued: no change is given, because the 2025 figure is not available.',
		});
		const gap = withSeries('plans_issued', (s) => s.filter((o) => o.period !== '2024'));
		expect(byMeasure(gap)['plans_issued']?.text).toBe(
			'New EHC plans issued: no change is given, because there is no figure for 2024.',
		);
	});
});
