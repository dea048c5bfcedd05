import { describe, expect, it } from 'vitest';
import { directionWords } from '~/lib/pageData/headlineCards';
import type { HeadlineRow } from '~/lib/pageData/headlineFigures';
import type { Measure } from '~/lib/model/measure';
import type { Observation } from '~/lib/model/observation';
import { published } from '~/lib/model/figure';

// Only the fields directionWords reads are real; the rest of a HeadlineRow does not matter here.
const count = (id: string, periodKind: string): Measure =>
	({ id, unit: 'count', periodKind, shortLabel: id }) as unknown as Measure;
const obs = (
	measure: string,
	areaCode: string,
	periodKind: Observation['periodKind'],
	period: string,
	value: number,
): Observation => ({
	measure,
	areaType: 'council',
	areaCode,
	periodKind,
	period,
	figure: published(value),
	sourceId: 'test',
	file: 'test.csv',
	line: 2,
});
const row = (measure: Measure, now: Observation, before: Observation): HeadlineRow =>
	({
		measure,
		council: now,
		change: {
			from: before,
			difference: (now.figure as { value: number }).value - (before.figure as { value: number }).value,
			direction: 'same',
		},
	}) as unknown as HeadlineRow;

describe('directionWords', () => {
	it('says a fall of 1 on 3,735 is less than 0.1%, not "0.0%" (Derby, plans in place, January 2025 to 2026)', () => {
		// DfE EHC plans, reporting year 2026: Derby 3,735 in January 2025, 3,734 in January 2026.
		const m = count('plans_in_place', 'january');
		const words = directionWords(
			row(m, obs(m.id, 'E06000015', 'january', '2026', 3734), obs(m.id, 'E06000015', 'january', '2025', 3735)),
		);
		expect(words.text).toBe('Down 1 (less than 0.1%) from 3,735 in January 2025');
	});

	it('still gives a rounded share when it is 0.1% or more (a fall of 4 on 3,735 is 0.1%)', () => {
		const m = count('plans_in_place', 'january');
		const words = directionWords(
			row(m, obs(m.id, 'E06000015', 'january', '2026', 3731), obs(m.id, 'E06000015', 'january', '2025', 3735)),
		);
		expect(words.text).toBe('Down 4 (0.1%) from 3,735 in January 2025');
	});

	it('names the period before an unchanged figure, so "0" does not read as the change (Isles of Scilly appeals)', () => {
		// MoJ/HMCTS: no appeals registered against the Isles of Scilly in 2024 or 2025.
		const m = count('appeals_registered', 'calendar');
		const words = directionWords(
			row(m, obs(m.id, 'E06000053', 'calendar', '2025', 0), obs(m.id, 'E06000053', 'calendar', '2024', 0)),
		);
		expect(words.text).toBe('The same as in calendar year 2024 (0)');
	});
});
