import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { absent, published } from '../../../src/lib/model/figure';
import { lineLayout, type LineLayout, type LineSeries } from '../../../src/lib/charts/lineLayout';
import { seriesFor, timeliness2018 } from './timelinessData';

// Derby (old LA code 831): % of new EHC plans issued within 20 weeks, excluding exceptions.
// 2018 is 11.7 (DfE 2022 release); 2019–2024 from the 2025 release.
const derby: LineSeries = {
	id: 'E06000015',
	label: 'Derby',
	role: 'focus',
	points: [{ x: 2018, figure: timeliness2018('831') }, ...seriesFor({ oldLaCode: '831' })],
};
const england: LineSeries = {
	id: 'E92000001',
	label: 'England',
	role: 'reference',
	points: [{ x: 2018, figure: timeliness2018('') }, ...seriesFor({ name: 'England' })],
};
const eastMidlands: LineSeries = {
	id: 'E12000004',
	label: 'East Midlands',
	role: 'comparison',
	points: seriesFor({ name: 'East Midlands' }),
};
// Norfolk (926): DfE publishes "x" (not available) for 2022.
const norfolk: LineSeries = {
	id: 'E10000020',
	label: 'Norfolk',
	role: 'focus',
	points: seriesFor({ oldLaCode: '926' }),
};

const size = { width: 640, height: 360 };

/** The y-scale a reader of the chart would reconstruct from its plot area and [0, 100] domain. */
const yScaleOf = (l: LineLayout) => scaleLinear([0, 100], [l.plot.bottom, l.plot.top]);

/** Every [x, y] pair in an SVG path made of M/L commands. */
const pathPoints = (d: string) =>
	[...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

describe('the real figures used here', () => {
	it('match DfE: Derby 2018 11.7, 2019 24.7, 2023 26.8, 2024 16.4; England 2024 46.4', () => {
		const value = (s: LineSeries, x: number) => s.points.find((p) => p.x === x)?.figure;
		expect(value(derby, 2018)).toEqual(published(11.7));
		expect(value(derby, 2019)).toEqual(published(24.7));
		expect(value(derby, 2023)).toEqual(published(26.8));
		expect(value(derby, 2024)).toEqual(published(16.4));
		expect(value(england, 2024)).toEqual(published(46.4));
		expect(value(norfolk, 2022)).toEqual(absent('unavailable'));
	});
});

describe('lineLayout({ series, width, height, unit: "percent" })', () => {
	const layout = lineLayout({ series: [derby], ...size, unit: 'percent' });
	const [s] = layout.series;

	it('places Derby 2018 at y = yScale(11.7) on a [0, 100] scale', () => {
		const p2018 = s!.points.find((p) => p.x === 2018)!;
		expect(p2018.y).toBe(11.7);
		// The plot runs from y 330 (0%) up to y 26 (100%), 304 units: 330 − 0.117 × 304 = 294.432.
		expect([layout.plot.top, layout.plot.bottom]).toEqual([26, 330]);
		expect(p2018.cy).toBe(294.43);
		// 11.7% is near the bottom of the plot, not at it: the domain starts at zero.
		expect(p2018.cy).toBeLessThan(layout.plot.bottom);
		expect(p2018.cy).toBeGreaterThan(layout.plot.bottom - 0.2 * (layout.plot.bottom - layout.plot.top));
		expect(p2018.text).toBe('11.7%');
		expect(p2018.title).toBe('Derby, 2018: 11.7%');
	});

	it('defaults the percent y-domain to [0, 100]', () => {
		expect(layout.yTicks.map((t) => t.text)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
		expect(layout.yTicks[0]!.y).toBe(layout.plot.bottom);
		expect(layout.yTicks.at(-1)!.y).toBe(layout.plot.top);
	});

	it('labels every year from 2018 to 2024 on the x-axis', () => {
		expect(layout.xTicks.map((t) => t.text)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
		expect(layout.xTicks[0]!.x).toBe(layout.plot.left);
		expect(layout.xTicks.at(-1)!.x).toBe(layout.plot.right);
	});

	it('draws one unbroken line through seven published years, with a value label at each', () => {
		expect(s!.segments).toHaveLength(1);
		expect(pathPoints(s!.segments[0]!)).toHaveLength(7);
		expect(s!.missing).toEqual([]);
		expect(s!.points.map((p) => p.valueLabel !== null)).toEqual(Array(7).fill(true));
	});

	it('draws the focus series thick and solid with circle markers', () => {
		expect(s!).toMatchObject({ role: 'focus', dash: null, marker: 'circle', strokeWidth: 3 });
	});

	it('rounds every coordinate it emits to 2 decimals', () => {
		const numbers: number[] = [];
		JSON.stringify(layout, (_: string, v: unknown) => (typeof v === 'number' && numbers.push(v), v));
		const strings = JSON.stringify(layout).match(/-?\d+\.\d+/g) ?? [];
		for (const n of [...numbers, ...strings.map(Number)]) {
			expect(Number.isFinite(n)).toBe(true);
			expect(Math.abs(n * 100 - Math.round(n * 100))).toBeLessThan(1e-6);
		}
	});
});

describe('lineLayout with an absent figure (Norfolk 2022, DfE "x")', () => {
	const layout = lineLayout({ series: [norfolk], ...size, unit: 'percent' });
	const s = layout.series[0]!;

	it('splits the line into two segments around the gap', () => {
		expect(s.segments).toHaveLength(2);
		const [before, after] = s.segments.map(pathPoints);
		const x2022 = layout.xTicks.find((t) => t.value === 2022)!.x;
		expect(before!.every(([x]) => x < x2022)).toBe(true);
		expect(after!.every(([x]) => x > x2022)).toBe(true);
	});

	it('leaves a gap labelled "n/a" just above the baseline, with no marker and no point at zero', () => {
		expect(s.points.map((p) => p.x)).toEqual([2019, 2020, 2021, 2023, 2024]);
		expect(s.missing).toHaveLength(1);
		const gap = s.missing[0]!;
		expect(gap).toMatchObject({
			x: 2022,
			xEnd: 2022,
			status: 'unavailable',
			label: 'n/a',
			title: 'Norfolk, 2022: not available',
			anchor: 'middle',
		});
		const x2022 = layout.xTicks.find((t) => t.value === 2022)!.x;
		expect(gap.labelX).toBe(x2022);
		// The label's baseline sits 10 units above the x-axis, so its text never touches the axis.
		expect(gap.labelY).toBe(layout.plot.bottom - 10);
		expect('markerD' in gap).toBe(false);
		const zeroY = yScaleOf(layout)(0);
		expect(s.segments.flatMap(pathPoints).some(([x, y]) => x === x2022 && y === zeroY)).toBe(false);
	});

	it('gives a run of absent years one label, centred over the run (Isles of Scilly-like 2014-2016)', () => {
		const run: LineSeries = {
			id: 'run',
			label: 'Run',
			role: 'focus',
			points: [
				{ x: 2014, figure: absent('unavailable') },
				{ x: 2015, figure: absent('unavailable') },
				{ x: 2016, figure: absent('unavailable') },
				{ x: 2017, figure: published(50) },
				{ x: 2018, figure: absent('suppressed') },
				{ x: 2019, figure: published(40) },
			],
		};
		const l = lineLayout({ series: [run], ...size, unit: 'percent' });
		const [first, second] = l.series[0]!.missing;
		expect(l.series[0]!.missing).toHaveLength(2);
		expect(first).toMatchObject({ x: 2014, xEnd: 2016, label: 'n/a', title: 'Run, 2014 to 2016: not available' });
		const x = (v: number) => l.xTicks.find((t) => t.value === v)?.x ?? yScaleOf(l)(0);
		expect(first!.labelX).toBeCloseTo((x(2014) + x(2016)) / 2, 1);
		expect(second).toMatchObject({ x: 2018, xEnd: 2018, label: 'supp.' });
	});
});

describe('lineLayout with two series missing the same year', () => {
	it('draws one "n/a", whose title names both series (quarter lines left out for 2025)', () => {
		const upper: LineSeries = {
			id: 'upper',
			label: 'A quarter of councils above',
			role: 'comparison',
			points: [
				{ x: 2024, figure: published(80) },
				{ x: 2025, figure: absent('unavailable') },
			],
		};
		const lower: LineSeries = { ...upper, id: 'lower', label: 'A quarter of councils below', role: 'target' };
		const both = { ...lower, role: 'reference' as const };
		const l = lineLayout({ series: [upper, both], ...size, unit: 'percent' });
		expect(l.series[0]!.missing).toHaveLength(1);
		expect(l.series[1]!.missing).toHaveLength(0);
		expect(l.series[0]!.missing[0]!.title).toBe(
			'A quarter of councils above, 2025: not available; A quarter of councils below, 2025: not available',
		);
	});
});

describe('lineLayout on a phone with long series names', () => {
	it('moves names that would break over three lines into a legend row', () => {
		const names = ['A quarter of councils above', 'Middle council', 'England'];
		const series = names.map((label, i): LineSeries => ({
			id: String(i),
			label,
			role: i === 2 ? 'focus' : 'comparison',
			points: [
				{ x: 2014, figure: published(40 + i * 20) },
				{ x: 2025, figure: published(30 + i * 25) },
			],
		}));
		const l = lineLayout({ series, width: 340, height: 320, fontSize: 15, unit: 'percent' });
		expect(l.legend).toBe(true);
		expect(Math.max(...l.series.map((s) => s.labelLines.length))).toBe(1);
	});
});

describe('lineLayout({ smallBase: 30 })', () => {
	// Hackney-like: 1 of 1 plans within 20 weeks is 100%, a swing on a single case.
	const small: LineSeries = {
		id: 'council',
		label: 'Council',
		role: 'focus',
		points: [
			{ x: 2022, figure: published(0), numerator: 0, denominator: 3 },
			{ x: 2023, figure: published(100), numerator: 1, denominator: 1 },
			{ x: 2024, figure: published(52.6), numerator: 60, denominator: 114 },
		],
	};
	const l = lineLayout({ series: [small], ...size, unit: 'percent', smallBase: 30, valueLabels: 'none' });
	const [p2022, p2023, p2024] = l.series[0]!.points;

	it('marks points on fewer than 30 cases small and labels them "n of d", even with value labels off', () => {
		expect(p2022).toMatchObject({ small: true, text: '0 of 3' });
		expect(p2023).toMatchObject({ small: true, text: '1 of 1' });
		expect(p2022!.valueLabel).not.toBeNull();
		expect(p2023!.valueLabel).not.toBeNull();
		expect(l.hasSmallBase).toBe(true);
	});

	it('leaves a point on 114 cases as it was', () => {
		expect(p2024).toMatchObject({ small: false, text: '52.6%', valueLabel: null });
	});
});

describe('lineLayout({ cite })', () => {
	it('labels the cited point even when value labels are off (Derby, January 2018: 627)', () => {
		const stock: LineSeries = {
			id: 'council',
			label: 'Derby: statements left',
			role: 'focus',
			points: [
				{ x: 2014, figure: published(1137) },
				{ x: 2017, figure: published(1119) },
				{ x: 2018, figure: published(627) },
			],
		};
		const l = lineLayout({
			series: [stock],
			width: 340,
			height: 320,
			fontSize: 15,
			unit: 'count',
			valueLabels: 'none',
			cite: [{ series: 'council', x: 2018 }],
		});
		const p = l.series[0]!.points.find((q) => q.x === 2018)!;
		expect(p.text).toBe('627');
		expect(p.valueLabel).not.toBeNull();
		expect(l.series[0]!.points.filter((q) => q.valueLabel)).toHaveLength(1);
	});
});

describe('lineLayout({ breakBefore }) with no figures in the years just before the break', () => {
	// Birmingham's Ombudsman rates: 2019-20, then 2022-23 onwards; the process changed in 2022-23.
	const layout = lineLayout({
		series: [
			{
				id: 'council',
				label: 'Birmingham',
				role: 'focus',
				points: [
					{ x: 2019, figure: { status: 'published', value: 78 } },
					{ x: 2022, figure: { status: 'published', value: 84 } },
					{ x: 2023, figure: { status: 'published', value: 87 } },
				],
			},
		],
		...size,
		unit: 'percent',
		xDomain: [2019, 2023],
		breakBefore: 2022,
		breakLabel: 'Ombudsman changed its process',
	});

	it('draws the break between 2021 and 2022, not halfway across the gap from 2019', () => {
		// The plot runs 2019 → 2023 over four year-steps, so 2021.5 is 5/8 of the way across.
		const { left, right } = layout.plot;
		expect(layout.breakX).toBe(Math.round((left + ((right - left) * 2.5) / 4) * 100) / 100);
	});
});

describe('lineLayout({ breakBefore: 2023 })', () => {
	const layout = lineLayout({
		series: [derby, england, eastMidlands],
		...size,
		unit: 'percent',
		breakBefore: 2023,
		breakLabel: 'New data collection from 2023',
	});
	const x = (year: number) => layout.xTicks.find((t) => t.value === year)!.x;

	it('puts the break halfway between 2022 and 2023', () => {
		expect(layout.breakX).toBe(Math.round(((x(2022) + x(2023)) / 2) * 100) / 100);
		expect(layout.breakRule).toMatchObject({ label: 'New data collection from 2023', x: layout.breakX });
		expect(layout.breakRule!.line.y2).toBe(layout.plot.bottom);
	});

	it('splits every line at the break so none joins 2022 to 2023', () => {
		for (const s of layout.series) {
			expect(s.segments).toHaveLength(2);
			const [before, after] = s.segments.map(pathPoints);
			expect(before!.every(([px]) => px < layout.breakX!)).toBe(true);
			expect(after!.every(([px]) => px > layout.breakX!)).toBe(true);
			expect(after!.map(([px]) => px)).toEqual([x(2023), x(2024)]);
		}
	});

	it('keeps every published point, including those either side of the break', () => {
		expect(layout.series[0]!.points.map((p) => p.text)).toEqual([
			'11.7%',
			'24.7%',
			'23.1%',
			'39.9%',
			'28.2%',
			'26.8%',
			'16.4%',
		]);
	});

	it('styles England dashed with squares and the region dotted with triangles', () => {
		expect(layout.series[1]).toMatchObject({ label: 'England', marker: 'square', dash: '8 5' });
		expect(layout.series[2]).toMatchObject({ label: 'East Midlands', marker: 'triangle', dash: '2 4' });
	});
});

/** The vertical extent of each series' direct label, as drawn. */
function labelBoxes(l: LineLayout) {
	const lineHeight = l.fontSize * 1.2;
	return l.series.map((s) => ({
		top: s.labelY - lineHeight / 2,
		bottom: s.labelY - lineHeight / 2 + s.labelLines.length * lineHeight,
	}));
}

describe('lineLayout direct labels', () => {
	it('sit at the end of each series, level with its last point when there is room', () => {
		const layout = lineLayout({ series: [derby, england], ...size, unit: 'percent' });
		for (const s of layout.series) {
			expect(s.labelX).toBeGreaterThan(layout.plot.right);
			expect(s.labelY).toBe(s.points.at(-1)!.cy);
			expect(s.leader).toBeNull();
		}
	});

	it('never overlap: England 46.4% and East Midlands 39.0% in 2024 are nudged apart on a narrow chart', () => {
		// 7.4 points apart: about 22 units on the wide chart (room for both), 19 on the narrow one.
		const wide = lineLayout({ series: [derby, england, eastMidlands], ...size, unit: 'percent' });
		expect(wide.series.map((s) => s.labelY)).toEqual(wide.series.map((s) => s.points.at(-1)!.cy));
		const layout = lineLayout({
			series: [derby, england, eastMidlands],
			width: 340,
			height: 320,
			fontSize: 15,
			unit: 'percent',
		});
		const boxes = labelBoxes(layout).sort((a, b) => a.top - b.top);
		for (let i = 1; i < boxes.length; i += 1) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
		// The two close labels moved apart; a label moved more than 3 units gets a leader line.
		const [, eng, em] = layout.series;
		expect(eng!.labelY).toBeLessThan(eng!.points.at(-1)!.cy);
		expect(em!.labelY).toBeGreaterThan(em!.points.at(-1)!.cy);
		for (const s of [eng!, em!]) {
			expect(s.leader === null).toBe(Math.abs(s.labelY - s.points.at(-1)!.cy) <= 3);
		}
	});

	it('never overlap even when five series end on the same value, and stay in order', () => {
		const same = ['A', 'B', 'C', 'D', 'E'].map((label, i): LineSeries => ({
			id: label,
			label: `Council ${label}`,
			role: i === 0 ? 'focus' : 'comparison',
			points: [
				{ x: 2023, figure: published(40 + i) },
				{ x: 2024, figure: published(50) },
			],
		}));
		const layout = lineLayout({ series: same, ...size, unit: 'percent', legend: false });
		const boxes = labelBoxes(layout);
		for (let i = 1; i < boxes.length; i += 1) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1e-9);
	});

	it('move to a legend row above the plot when they would crowd (five series ending on one value)', () => {
		const same = ['A', 'B', 'C', 'D', 'E'].map((label, i): LineSeries => ({
			id: label,
			label: `Council ${label}`,
			role: i === 0 ? 'focus' : 'comparison',
			points: [
				{ x: 2023, figure: published(40 + i) },
				{ x: 2024, figure: published(50) },
			],
		}));
		const layout = lineLayout({ series: same, ...size, unit: 'percent' });
		expect(layout.legend).toBe(true);
		// The plot runs nearly to the right edge and every name sits above it, with no leaders.
		expect(layout.plot.right).toBeGreaterThan(600);
		for (const s of layout.series) {
			expect(s.leader).toBeNull();
			expect(s.labelLines.at(-1)!.y).toBeLessThan(layout.plot.top);
		}
		// Entries on one row never overlap: each starts after the previous one's text ends.
		const rows = new Map<number, typeof layout.series>();
		for (const s of layout.series) rows.set(s.labelY, [...(rows.get(s.labelY) ?? []), s]);
		for (const row of rows.values())
			for (let i = 1; i < row.length; i += 1) {
				const prev = row[i - 1]!;
				// "Council A": C o u n c A at 0.6em, i l and the space at 0.3em = 4.5em; 63 at 14px, 72.45 bold.
				const end = prev.labelTextX + (prev.role === 'focus' ? 72.45 : 63);
				expect(row[i]!.labelX).toBeGreaterThan(end);
			}
		// The drawing grows by the legend's height rather than squeezing the plot.
		expect(layout.height).toBeGreaterThan(360);
	});

	it('wrap a long label onto two lines on a narrow chart', () => {
		const layout = lineLayout({
			series: [derby, eastMidlands],
			width: 340,
			height: 320,
			fontSize: 15,
			unit: 'percent',
		});
		expect(layout.series[1]!.labelLines.map((l) => l.text)).toEqual(['East', 'Midlands']);
		expect(layout.plot.right).toBeLessThan(340 - 60);
	});
});

describe('lineLayout({ unit: "count" })', () => {
	// MoJ: SEND Tribunal appeals registered against Derbyshire County Council, 2022–2024.
	const appeals: LineSeries = {
		id: 'E10000007',
		label: 'Derbyshire',
		role: 'focus',
		points: [
			{ x: 2022, figure: published(217) },
			{ x: 2023, figure: published(267) },
			{ x: 2024, figure: published(536) },
		],
	};
	const layout = lineLayout({ series: [appeals], ...size, unit: 'count' });

	it('uses [0, nice(max)] and whole-number tick labels', () => {
		expect(layout.yTicks[0]!.text).toBe('0');
		expect(layout.yTicks.at(-1)!.text).toBe('600');
		expect(layout.yTicks.every((t) => /^\d[\d,]*$/.test(t.text))).toBe(true);
		expect(layout.series[0]!.points.map((p) => p.text)).toEqual(['217', '267', '536']);
	});
});

describe('lineLayout target series', () => {
	it('draws a single target value as a level line across the plot, with no markers', () => {
		// Derby's scrutiny report (29 October 2018): target of 75% within 20 weeks by 31 March 2019.
		const target: LineSeries = {
			id: 'target',
			label: 'Target 75%',
			role: 'target',
			points: [{ x: 2019, figure: published(75) }],
		};
		const layout = lineLayout({ series: [derby, target], ...size, unit: 'percent' });
		const t = layout.series[1]!;
		// 330 − 0.75 × 304 = 102, from the plot's left edge to its right (narrowed for the labels).
		expect(t.segments).toEqual(['M51.48,102H524.88']);
		expect(t.points[0]!.markerD).toBe('');
		expect(t).toMatchObject({ marker: 'none', dash: null, strokeWidth: 1.5 });
	});
});

describe('lineLayout annotations', () => {
	it('draws a labelled vertical rule at the given x', () => {
		const layout = lineLayout({
			series: [derby],
			...size,
			unit: 'percent',
			annotations: [{ x: 2018, label: 'Transfer deadline' }],
		});
		const a = layout.annotations[0]!;
		expect(a.x).toBe(layout.plot.left);
		expect(a.label).toBe('Transfer deadline');
		expect(a.labelY).toBeLessThan(layout.plot.top);
	});
});

describe('lineLayout({ maxJoin })', () => {
	// Synthetic: an upheld rate held for 2022-23 and 2024-25 only (Hampshire's case), 2023-24 not held.
	const series = [
		{
			id: 'council',
			label: 'Council',
			role: 'focus' as const,
			points: [
				{ x: 2022, figure: { status: 'published' as const, value: 83 } },
				{ x: 2024, figure: { status: 'published' as const, value: 79 } },
			],
		},
	];
	it('joins two points a year apart or more by default, and not across a missing year with maxJoin 1', () => {
		const size = { width: 340, height: 280, unit: 'percent' as const };
		expect(lineLayout({ series, ...size }).series[0]!.segments).toHaveLength(1);
		expect(lineLayout({ series, ...size, maxJoin: 1 }).series[0]!.segments).toHaveLength(0);
	});
});
