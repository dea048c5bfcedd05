import { describe, expect, it } from 'vitest';
import { absent, published } from '../../../src/lib/model/figure';
import { barLayout, type BarDatum } from '../../../src/lib/charts/barLayout';
import { seriesFor } from './timelinessData';

// Derby City Council scrutiny report, 29 October 2018 (data/raw/seeds, 002_…): requests for
// assessment since 1 April 2018 and how far they had got by the end of September.
const funnel: BarDatum[] = [
	{ key: 'requests', label: 'Requests received', figure: published(186) },
	{ key: 'agreed', label: 'Assessments agreed', figure: published(145) },
	{ key: 'drafts', label: 'Draft plans', figure: published(67) },
	{ key: 'final', label: 'Plans finalised', figure: published(19) },
	{ key: 'on-time', label: 'Finalised within 20 weeks', figure: published(10), highlight: true },
];

// Norfolk (926), % of new plans within 20 weeks excluding exceptions, DfE 2025 release; 2022 is "x".
const norfolk: BarDatum[] = seriesFor({ oldLaCode: '926' }).map((p) => ({
	key: String(p.x),
	label: String(p.x),
	figure: p.figure,
}));

describe('barLayout({ orientation: "horizontal" }) — a funnel 186 → 145 → 67 → 19 → 10', () => {
	const layout = barLayout({ bars: funnel, width: 640, height: 300, unit: 'count', orientation: 'horizontal' });
	const bar = (key: string) => layout.bars.find((b) => b.key === key)!;

	it('draws bars from the same baseline with lengths in proportion to the counts', () => {
		for (const b of layout.bars) expect(b.x).toBe(layout.plot.left);
		expect(bar('agreed').w / bar('requests').w).toBeCloseTo(145 / 186, 2);
		expect(bar('on-time').w / bar('requests').w).toBeCloseTo(10 / 186, 2);
	});

	it('keeps the stages in order from top to bottom', () => {
		const ys = layout.bars.map((b) => b.y);
		expect([...ys].sort((a, b) => a - b)).toEqual(ys);
	});

	it('prints each count at the end of its bar', () => {
		expect(layout.bars.map((b) => b.text)).toEqual(['186', '145', '67', '19', '10']);
		for (const b of layout.bars) {
			expect(b.value!.x).toBeGreaterThan(b.x + b.w);
			expect(b.value!.anchor).toBe('start');
		}
	});

	it('keeps the widest value inside the chart', () => {
		expect(layout.plot.right).toBeLessThan(640 - 20);
	});

	it('labels the categories to the left of the bars, right-aligned', () => {
		expect(layout.categories.map((c) => c.lines.map((l) => l.text).join(' '))).toEqual(funnel.map((b) => b.label));
		expect(layout.categories.every((c) => c.anchor === 'end')).toBe(true);
	});

	it('draws the highlighted stage strong and the others muted', () => {
		expect(layout.bars.map((b) => b.tone)).toEqual(['muted', 'muted', 'muted', 'muted', 'strong']);
	});

	it('puts the labels above the bars on a narrow chart', () => {
		const narrow = barLayout({
			bars: funnel,
			width: 340,
			height: 360,
			fontSize: 15,
			unit: 'count',
			orientation: 'horizontal',
			categoryLabels: 'above',
		});
		for (const [i, c] of narrow.categories.entries()) {
			expect(c.anchor).toBe('start');
			expect(c.lines.at(-1)!.y).toBeLessThan(narrow.bars[i]!.y);
		}
		expect(narrow.plot.left).toBe(8);
	});
});

describe('barLayout({ orientation: "horizontal", stages: true }) — the funnel read as stages', () => {
	const layout = barLayout({
		bars: funnel,
		width: 340,
		height: 340,
		fontSize: 15,
		unit: 'count',
		orientation: 'horizontal',
		categoryLabels: 'above',
		stages: true,
	});

	it('numbers the stages 1 to 5, each level with its bar, in a gutter left of the bars', () => {
		expect(layout.steps.map((t) => t.text)).toEqual(['1', '2', '3', '4', '5']);
		layout.steps.forEach((t, i) => {
			const b = layout.bars[i]!;
			expect(t.y).toBeGreaterThan(b.y);
			expect(t.y).toBeLessThan(b.y + b.h + 15);
			expect(t.x).toBeLessThan(layout.plot.left);
		});
	});

	it('draws an arrow down from each stage to the next (four arrows, each with a head)', () => {
		expect(layout.stepArrows.match(/V/g)).toHaveLength(4);
		expect(layout.stepArrows.match(/L/g)).toHaveLength(8);
	});

	it("still prints each stage's count: 186, 145, 67, 19, 10", () => {
		expect(layout.bars.map((b) => b.text)).toEqual(['186', '145', '67', '19', '10']);
		expect(layout.bars.every((b) => b.value !== null)).toBe(true);
	});

	it('draws no stages unless asked', () => {
		const plain = barLayout({ bars: funnel, width: 340, height: 340, unit: 'count', orientation: 'horizontal' });
		expect(plain.steps).toEqual([]);
		expect(plain.stepArrows).toBe('');
	});
});

describe('barLayout({ orientation: "vertical" }) with absent years side by side', () => {
	it('labels a run of absent years once, centred over the run', () => {
		const bars: BarDatum[] = [
			{ key: '2014', label: '2014', figure: published(46) },
			{ key: '2015', label: '2015', figure: absent('unavailable') },
			{ key: '2016', label: '2016', figure: absent('unavailable') },
			{ key: '2017', label: '2017', figure: absent('unavailable') },
			{ key: '2018', label: '2018', figure: published(60) },
		];
		const l = barLayout({ bars, width: 340, height: 280, fontSize: 15, unit: 'count' });
		const [, b2015, b2016, b2017] = l.bars;
		expect(b2016!.value).toBeNull();
		expect(b2017!.value).toBeNull();
		expect(b2015!.value!.x).toBeCloseTo((b2015!.x + b2017!.x + b2017!.w) / 2, 1);
		expect(b2015!.text).toBe('n/a');
	});
});

describe('barLayout({ orientation: "vertical" }) with an absent year (Norfolk 2022)', () => {
	const layout = barLayout({ bars: norfolk, width: 640, height: 360, unit: 'percent', breakBefore: '2023' });
	const bar = (key: string) => layout.bars.find((b) => b.key === key)!;

	it('draws 2019 at its value on a [0, 100] scale', () => {
		const b = bar('2019');
		expect(b.text).toBe('7.3%');
		expect(b.y + b.h).toBe(layout.plot.bottom);
		expect(b.h / (layout.plot.bottom - layout.plot.top)).toBeCloseTo(0.073, 2);
	});

	it('draws 2022 as a hatched placeholder labelled "n/a", never a bar of zero', () => {
		const b = bar('2022');
		expect(b).toMatchObject({ missing: true, status: 'unavailable', text: 'n/a', title: '2022: not available' });
		expect(b.h).toBe(layout.plot.bottom - layout.plot.top);
		expect(b.h).not.toBe(0);
	});

	it('draws a dashed break-in-series rule between 2022 and 2023', () => {
		const rule = layout.breakRule!;
		expect(rule.label).toBe('Break in series');
		expect(rule.line.x1).toBeGreaterThan(bar('2022').x + bar('2022').w);
		expect(rule.line.x1).toBeLessThan(bar('2023').x);
	});

	it('labels every year below its bar', () => {
		expect(layout.categories.map((c) => c.lines[0]!.text)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024']);
	});

	it('shows a reference value as a labelled rule', () => {
		// England 2024: 46.4%.
		const withEngland = barLayout({
			bars: norfolk,
			width: 640,
			height: 360,
			unit: 'percent',
			reference: { value: 46.4, label: 'England 46.4%' },
		});
		const r = withEngland.reference!;
		expect(r.line.y1).toBe(r.line.y2);
		expect(r.line.y1).toBeCloseTo(
			withEngland.plot.bottom - 0.464 * (withEngland.plot.bottom - withEngland.plot.top),
			1,
		);
	});
});

describe('barLayout input checks', () => {
	it('refuses a value domain that does not start at zero', () => {
		expect(() => barLayout({ bars: funnel, width: 640, height: 300, unit: 'count', domain: [10, 200] })).toThrow(
			/include zero/,
		);
	});

	it('treats a suppressed count as absent, not as zero', () => {
		const layout = barLayout({
			bars: [
				{ key: 'a', label: 'A', figure: published(5) },
				{ key: 'b', label: 'B', figure: absent('suppressed') },
			],
			width: 640,
			height: 300,
			unit: 'count',
			orientation: 'horizontal',
		});
		expect(layout.bars[1]).toMatchObject({ missing: true, text: 'supp.', title: 'B: suppressed' });
	});
});
