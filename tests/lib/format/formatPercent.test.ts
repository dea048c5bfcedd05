import { describe, expect, it } from 'vitest';
import { formatPercent } from '../../../src/lib/format/formatPercent';

describe('formatPercent(value)', () => {
	it.each([
		// Derby, calendar 2018, % of new EHC plans issued within 20 weeks excluding exceptions (DfE).
		[11.7, '11.7%'],
		// Derby 2024 from timeliness_20_week.csv, PC_plans_issued_20_weeks_ex.
		[16.4, '16.4%'],
		[50, '50.0%'],
		[0, '0.0%'],
		[100, '100.0%'],
		// Half rounds away from zero, as DfE rounds its published percentages.
		[12.25, '12.3%'],
		[-0.01, '0.0%'],
		[1234.5, '1,234.5%'],
	])('formatPercent(%s) is %s', (value, text) => {
		expect(formatPercent(value)).toBe(text);
	});

	it('formatPercent(value, { digits: 0 }) drops the decimal', () => {
		expect(formatPercent(20, { digits: 0 })).toBe('20%');
	});

	it('formatPercent(NaN) throws rather than printing "NaN%"', () => {
		expect(() => formatPercent(Number.NaN)).toThrow(RangeError);
	});
});
