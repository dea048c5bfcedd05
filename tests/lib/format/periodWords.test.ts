import { describe, expect, it } from 'vitest';
import { labelBesidePeriod } from '../../../src/lib/format/periodWords';

describe('labelBesidePeriod(label, period)', () => {
	it('drops the month from a label when the period beside it already says it', () => {
		// measures.csv: plans_in_place is "EHC plans in place in January", a January census.
		expect(labelBesidePeriod('EHC plans in place in January', 'January 2026')).toBe('EHC plans in place');
		expect(labelBesidePeriod('SEN statements still in place in January', 'January 2014')).toBe(
			'SEN statements still in place',
		);
	});

	it('keeps a label whose period does not repeat it', () => {
		expect(labelBesidePeriod('EHC plans in place in January', '2026')).toBe('EHC plans in place in January');
		expect(labelBesidePeriod('EHC plans in place in January', 'March 2026')).toBe('EHC plans in place in January');
		expect(labelBesidePeriod('Requests for an EHC needs assessment', 'calendar year 2025')).toBe(
			'Requests for an EHC needs assessment',
		);
	});
});
