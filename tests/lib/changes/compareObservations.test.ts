import { describe, expect, it } from 'vitest';
import { compareObservations, readDerivedFigures } from '../../../src/lib/changes/compareObservations';
import { SYNTHETIC_AFTER, SYNTHETIC_BEFORE } from './syntheticDerived';

const before = readDerivedFigures(SYNTHETIC_BEFORE, 'before.csv');
const after = readDerivedFigures(SYNTHETIC_AFTER, 'after.csv');
const changes = compareObservations(before, after);
const of = (measure: string) => changes.find((c) => c.measure === measure);
const brief = (f: { areaCode: string; period: string; value: string; status: string }) =>
	`${f.areaCode} ${f.period} ${f.status === 'published' ? f.value : f.status}`;

describe('compareObservations(before, after) on SYNTHETIC files', () => {
	it('reports only the measures that moved, in id order', () => {
		expect(changes.map((c) => c.measure)).toEqual(['m_count', 'm_rate']);
	});

	it('finds a new period with every area that has a figure for it', () => {
		const rate = of('m_rate')!;
		expect(rate.newPeriods.map((p) => [p.period, p.figures.map(brief)])).toEqual([
			['2024', ['E06000001 2024 60.0', 'E12000001 2024 57.5', 'E92000001 2024 55.0']],
		]);
		expect(rate.added).toEqual([]);
	});

	it('tells a revised value (including a change in its counts or status) from a new or withdrawn one', () => {
		expect(of('m_rate')!.revised.map((r) => [brief(r.before), brief(r.after), r.after.numerator])).toEqual([
			['E06000002 2023 40.0', 'E06000002 2023 50.0', '5'],
		]);
		const count = of('m_count')!;
		expect(count.revised.map((r) => [brief(r.before), brief(r.after)])).toEqual([
			['E06000002 2023 suppressed', 'E06000002 2023 3'],
		]);
		expect(count.withdrawn.map(brief)).toEqual(['E06000003 2023 7']);
		expect(count.added.map(brief)).toEqual(['E06000002 2024 9']);
		expect(count.newPeriods).toEqual([]);
	});

	it('counts figures that only changed source, apart from revisions', () => {
		expect(of('m_count')!.resourced).toEqual([{ from: 'src-extract', to: 'src-b', count: 1 }]);
		expect(of('m_rate')!.resourced).toEqual([]);
	});

	it('returns nothing when the two versions hold the same figures', () => {
		expect(compareObservations(before, before)).toEqual([]);
	});
});

describe('readDerivedFigures(text, file)', () => {
	it('throws naming the file when a column is missing', () => {
		expect(() => readDerivedFigures('measure,area_code\nm,E06000001\n', 'x.csv')).toThrow(
			'x.csv: missing column(s) area_type, period_type, period, value, status, source_id',
		);
	});
});
