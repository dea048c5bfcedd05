import { describe, expect, it } from 'vitest';
import { altWithCautions, chartAsOf } from '~/lib/pageData/charts/chartPackage';
import type { Source } from '~/lib/data';

// Synthetic source rows (only release and published matter to chartAsOf), shaped like
// data/reference/sources.csv: the 2023 release has no stated date, 2025 was published 26 June 2025,
// 2026 only "June 2026" (its .source.txt).
const row = (release: string, published: string) => ({ release, published }) as unknown as Source;
const SOURCES: Record<string, Source> = {
	ry2023: row('Reporting year 2023 (calendar years 2014-2022)', ''),
	ry2025: row('Reporting year 2025 (calendar years 2019-2024)', '2025-06-26'),
	ry2026: row('Reporting year 2026 (calendar year 2025)', '2026-06'),
	ry2026undated: row('Reporting year 2026 (calendar year 2025)', ''),
	blog: row('', ''),
};
const data = { source: (id: string) => SOURCES[id]! };
const asOf = (...ids: string[]) =>
	chartAsOf(
		ids.map((sourceId) => ({ sourceId })),
		data,
	);

describe('chartAsOf(observations, data): the date a chart is as of', () => {
	it('is the newest stated date when every undated source is from an earlier reporting year (Derby timeliness: 2023, 2025, 2026)', () => {
		expect(asOf('ry2023', 'ry2025', 'ry2026')).toBe('2026-06');
		expect(asOf('ry2023', 'ry2025')).toBe('2025-06-26');
	});

	it('names an undated release rather than guess its date when it is the newest', () => {
		expect(asOf('ry2025', 'ry2026undated')).toBe('the reporting year 2026 release');
	});

	it('keeps the newest stated date beside a source with no release words at all', () => {
		expect(asOf('ry2025', 'blog')).toBe('2025-06-26');
	});
});

describe('altWithCautions(alt, drawn): doubtful points named in the text alternative, never cut', () => {
	// Synthetic observations: only doubt, status and period matter here.
	const obs = (period: string, doubt: boolean) =>
		({
			period,
			periodKind: 'calendar',
			figure: { status: 'published', value: 1 },
			...(doubt ? { doubt: {} } : {}),
		}) as never;
	it('appends the doubtful periods when they fit', () => {
		expect(
			altWithCautions('Line chart.', [{ label: 'Appeal rate', observations: [obs('2023', false), obs('2024', true)] }]),
		).toBe('Line chart. Doubtful figures, ringed: Appeal rate, 2024.');
	});
	it('names only the periods when naming each series would pass 250 characters, and never cuts the alt text', () => {
		const alt = `Line chart: ${'x'.repeat(171)}.`;
		const out = altWithCautions(alt, [
			{ label: 'A long series name', observations: ['2019', '2020', '2021', '2022', '2023'].map((p) => obs(p, true)) },
		]);
		expect(out).toBe(`${alt} Doubtful figures, ringed: 2019, 2020, 2021, 2022 and 2023.`);
		expect(out.length).toBeLessThanOrEqual(250);
	});

	it('leaves an alt text with nothing doubtful as it is', () => {
		expect(altWithCautions('Bar chart.', [{ label: 'A', observations: [obs('2024', false)] }])).toBe('Bar chart.');
	});
});
