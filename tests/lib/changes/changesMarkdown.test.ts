import { describe, expect, it } from 'vitest';
import { compareObservations, readDerivedFigures } from '../../../src/lib/changes/compareObservations';
import { changesMarkdown, type ChangesContext } from '../../../src/lib/changes/changesMarkdown';
import { SYNTHETIC_AFTER, SYNTHETIC_BEFORE } from './syntheticDerived';

// SYNTHETIC names and measures for the synthetic files.
const context: ChangesContext = {
	measures: [
		{ id: 'm_rate', label: 'Synthetic rate', unit: 'percent' },
		{ id: 'm_count', label: 'Synthetic count', unit: 'count' },
		{ id: 'm_same', label: 'Synthetic unchanged', unit: 'count' },
	],
	areaNames: new Map([
		['E92000001', 'England'],
		['E12000001', 'Synthetic Region'],
		['E06000001', 'Synthetic A'],
		['E06000002', 'Synthetic B'],
		['E06000003', 'Synthetic C'],
	]),
	against: 'the synthetic before file',
	councilsAdded: [],
	councilsRemoved: [],
};
const before = readDerivedFigures(SYNTHETIC_BEFORE, 'before.csv');
const after = readDerivedFigures(SYNTHETIC_AFTER, 'after.csv');

describe('changesMarkdown(changes, context)', () => {
	it('writes each measure in measures.csv order: new periods, new figures, revisions old → new, withdrawals, source moves', () => {
		// Expected text written out by hand from the comments in syntheticDerived.ts.
		expect(changesMarkdown(compareObservations(before, after), context)).toBe(`# What changed in the data

Written by \`npm run data:check\`: a fresh run of the data pipeline on data/raw and data/reference, into a temporary folder, compared with the synthetic before file. data/derived itself was not changed.

In short: 2 measures changed; 1 new period, 4 new figures, 2 revised values, 1 figure withdrawn, 1 figure now from another source with the same value.

## Synthetic rate (\`m_rate\`)

New periods:

- 2024: 3 figures (England, 1 region, 1 council)

Revised values:

| Area | Period | Old | New |
| --- | --- | --- | --- |
| Synthetic B (E06000002) | 2023 | 40.0% (4 of 10) | 50.0% (5 of 10) |

## Synthetic count (\`m_count\`)

New figures for periods already covered:

- 2024 (1): Synthetic B (E06000002)

Revised values:

| Area | Period | Old | New |
| --- | --- | --- | --- |
| Synthetic B (E06000002) | 2023 | suppressed | 3 |

Withdrawn:

| Area | Period | Was |
| --- | --- | --- |
| Synthetic C (E06000003) | 2023 | 7 |

Now from another source, value unchanged:

- 1 figure: src-extract → src-b
`);
	});

	it('says when a new row holds no figure (e.g. DfE published none for the council)', () => {
		const noFigure = after.map((f) =>
			f.areaCode === 'E06000002' && f.period === '2024' && f.measure === 'm_count'
				? { ...f, value: '', status: 'unavailable' }
				: f,
		);
		expect(changesMarkdown(compareObservations(before, noFigure), context)).toContain(
			'- 2024 (1): Synthetic B (E06000002) (unavailable)\n',
		);
	});

	it('says plainly when nothing changed', () => {
		expect(changesMarkdown([], context)).toContain('Nothing changed: every figure is the same, from the same source.');
	});

	it('lists councils added and removed by name and code', () => {
		const text = changesMarkdown([], { ...context, councilsAdded: ['E06000003'], councilsRemoved: ['E06000009'] });
		expect(text).toContain('## Councils\n\n- Added: Synthetic C (E06000003)\n- Removed: E06000009\n');
	});
});
