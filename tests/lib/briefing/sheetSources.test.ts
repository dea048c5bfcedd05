import { describe, expect, it } from 'vitest';
import { joinReleases, sheetSources } from '../../../src/lib/briefing/sheetSources';

const EES = 'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans';
const rows: Record<string, { id: string; publisher: string; title: string; release: string; url: string }> = {
	a: {
		id: 'a',
		publisher: 'Department for Education',
		title: 'Education, health and care plans',
		release: 'Reporting year 2025',
		url: EES,
	},
	b: {
		id: 'b',
		publisher: 'Department for Education',
		title: 'Education, health and care plans',
		release: 'Reporting year 2023',
		url: EES,
	},
	c: { id: 'c', publisher: 'Derby City Council', title: 'SEND progress report', release: '', url: '' },
};

describe('sheetSources(ids, source, named)', () => {
	it('prints each address once, with the releases found there, and keeps a source without an address', () => {
		expect(sheetSources(['a', null, 'b', 'a', 'c'], (id) => rows[id]!)).toEqual([
			{ label: 'DfE, Education, health and care plans, reporting years 2023 and 2025', url: EES },
			{ label: 'Derby City Council, SEND progress report', url: null },
		]);
	});

	it('merges the sources a chart already names', () => {
		expect(
			sheetSources(['c'], (id) => rows[id]!, [{ title: 'MoJ/HMCTS, SEND appeal rate', url: 'https://www.gov.uk/x' }]),
		).toEqual([
			{ label: 'Derby City Council, SEND progress report', url: null },
			{ label: 'MoJ/HMCTS, SEND appeal rate', url: 'https://www.gov.uk/x' },
		]);
	});
});

describe('joinReleases(labels)', () => {
	it.each([
		[
			['DfE, X, reporting year 2026', 'DfE, X, reporting year 2022', 'DfE, X, reporting year 2025'],
			'DfE, X, reporting years 2022, 2025 and 2026',
		],
		[['DfE, X, reporting year 2026'], 'DfE, X, reporting year 2026'],
		// Different publications at one address are each named once, releases of each together.
		[
			['DfE, X, reporting year 2026', 'MoJ/HMCTS, Y', 'DfE, X, reporting year 2023'],
			'DfE, X, reporting years 2023 and 2026; MoJ/HMCTS, Y',
		],
	])('%j → %s', (labels, expected) => {
		expect(joinReleases(labels)).toBe(expected);
	});
});
