import { describe, expect, it } from 'vitest';
import { timelineLayout } from '~/lib/charts/timelineLayout';
import { getTimescales } from '~/lib/data';

describe('timelineLayout(steps)', () => {
	// The statutory steps as data/reference/statutory-timescales.csv records them (SEND Regulations 2014).
	const layout = timelineLayout(getTimescales());

	it('marks weeks 0, 6, 16 and 20 in order along the axis', () => {
		expect(layout.marks.map((m) => m.weeks)).toEqual([0, 6, 16, 20]);
		const xs = layout.marks.map((m) => m.x);
		expect([...xs].sort((a, b) => a - b)).toEqual(xs);
		expect(xs[3]! - xs[0]!).toBeCloseTo(layout.x1 - layout.x0, 2);
	});

	it('draws the 15 days for comments on the draft as a span ending at week 20', () => {
		const [span] = layout.spans;
		const perWeek = (layout.x1 - layout.x0) / 20;
		expect(span!.width).toBeCloseTo((15 / 7) * perWeek, 1);
		expect(span!.x + span!.width).toBeCloseTo(layout.x1, 1);
	});

	it('puts neighbouring week labels on opposite sides of the axis so they cannot overlap', () => {
		const [, , w16, w20] = layout.marks;
		expect(Math.sign(w16!.labelY - layout.axisY)).not.toBe(Math.sign(w20!.labelY - layout.axisY));
	});
});
