import { describe, expect, it } from 'vitest';
import { dotStripLayout, type StripDot } from '../../../src/lib/charts/dotStripLayout';
import { timeliness2025 } from './timelinessData';

// Every council's 2024 rate (DfE 2025 release, PC_plans_issued_20_weeks_ex). City of London and
// Dorset are "x" (not available) for 2024 excluding exceptions.
const councils = (year: number): StripDot[] =>
	timeliness2025()
		.filter((r) => r.year === year && r.level === 'Local authority')
		.map((r) => ({ id: r.onsCode, label: r.name, figure: r.figure }));
const dots2024 = councils(2024);

describe('dotStripLayout({ dots, highlight: Derby, england: 46.4 })', () => {
	const layout = dotStripLayout({
		dots: dots2024,
		width: 640,
		unit: 'percent',
		highlight: 'E06000015',
		england: { label: 'England', value: 46.4 },
		quartiles: true,
	});
	const x = (v: number) => layout.plot.left + (v / 100) * (layout.plot.right - layout.plot.left);

	it('draws one dot for each of the 151 councils with a 2024 figure, Derby picked out', () => {
		expect(dots2024).toHaveLength(153);
		expect(layout.dots).toHaveLength(150);
		expect(layout.highlight).toMatchObject({ id: 'E06000015', title: 'Derby: 16.4%' });
		expect(layout.highlight!.labelText.text).toBe('Derby: 16.4%');
		expect(layout.highlight!.cx).toBeCloseTo(x(16.4), 1);
		expect(layout.highlight!.r).toBeGreaterThan(layout.dots[0]!.r);
	});

	it('stacks dots so that no two overlap', () => {
		const all = [...layout.dots, layout.highlight!];
		for (let i = 0; i < all.length; i += 1) {
			for (let j = i + 1; j < all.length; j += 1) {
				const a = all[i]!;
				const b = all[j]!;
				// Rounding to 2 decimals may close a gap by up to 0.01 on each axis.
				expect(Math.hypot(a.cx - b.cx, a.cy - b.cy)).toBeGreaterThanOrEqual(a.r + b.r - 0.03);
			}
		}
	});

	it('keeps every dot inside the strip', () => {
		for (const d of layout.dots) {
			expect(d.cy - d.r).toBeGreaterThanOrEqual(layout.plot.top);
			expect(d.cy + d.r).toBeLessThanOrEqual(layout.plot.bottom);
		}
	});

	it('marks England with a rule and a label at 46.4%', () => {
		expect(layout.england!.line.x1).toBeCloseTo(x(46.4), 1);
		expect(layout.england!.label.text).toBe('England: 46.4%');
	});

	it('says which councils are not shown, and why', () => {
		expect(layout.notes.map((n) => n.text).join(' ')).toContain('Not shown: 2 councils (not available).');
	});

	it('shades the middle half of councils between the quartiles', () => {
		const q = layout.quartiles!;
		expect(q.q1).toBeLessThan(q.median);
		expect(q.median).toBeLessThan(q.q3);
		expect(q.band.x).toBeCloseTo(x(q.q1), 1);
		expect(layout.notes[0]!.text).toMatch(/^Shaded: middle half of councils/);
	});

	it('is the same whatever order the councils arrive in', () => {
		const reversed = dotStripLayout({
			dots: [...dots2024].reverse(),
			width: 640,
			unit: 'percent',
			highlight: 'E06000015',
			england: { label: 'England', value: 46.4 },
			quartiles: true,
		});
		expect(reversed).toEqual(layout);
	});
});

describe('dotStripLayout with the highlighted council absent (Hackney 2023, DfE "x")', () => {
	it('says so in words instead of drawing a dot', () => {
		const layout = dotStripLayout({
			dots: councils(2023),
			width: 340,
			fontSize: 15,
			unit: 'percent',
			highlight: 'E09000012',
		});
		expect(layout.highlight).toBeNull();
		expect(layout.highlightMissing!.text).toBe('Hackney: not available');
		expect(layout.dots.some((d) => d.id === 'E09000012')).toBe(false);
	});
});
