import { describe, expect, it } from 'vitest';
import { sourceLabel } from '~/lib/format/sourceLabel';
import { getSource } from '~/lib/data';

describe('sourceLabel(source)', () => {
	it('names the publisher as readers know it, the title, and the release month', () => {
		// data/reference/sources.csv: Department for Education, published 2025-06-26.
		expect(sourceLabel(getSource('dfe-ehcp-2025-timeliness'))).toBe('DfE, Education, health and care plans, June 2025');
	});

	it('gives the release year when the source has no release date', () => {
		expect(
			sourceLabel({
				publisher: 'Department for Education',
				title: 'Education, health and care plans: x.csv',
				release: 'Reporting year 2026 (calendar year 2025 flows)',
			}),
		).toBe('DfE, Education, health and care plans, 2026 release');
	});

	it('never shows a file name from the title', () => {
		expect(sourceLabel(getSource('dfe-ehcp-2025-caseload'))).not.toMatch(/\.csv/);
	});
});
