import type { LineLayout } from '../../src/lib/charts/lineLayout';
import type { BarLayout } from '../../src/lib/charts/barLayout';
import type { DotStripLayout } from '../../src/lib/charts/dotStripLayout';
import type { AxisLayout } from '../../src/lib/charts/axisLayout';
import { textWidth } from '../../src/lib/charts/textWidth';

/** A line of text as a chart component draws it, with its box in viewBox units. */
export interface TextBox {
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

type Anchor = 'start' | 'middle' | 'end';

// The box of one line of text: the estimated width (textWidth), and the font's ascent and
// descent around the baseline (about 0.9em above and 0.25em below in DejaVu Sans). The
// component tests and the browser test check the same thing on the drawn SVG.
function box(text: string, x: number, y: number, anchor: Anchor, fontSize: number, bold = false): TextBox {
	const w = textWidth(text, fontSize, bold);
	const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
	return { text, left, right: left + w, top: y - fontSize * 0.9, bottom: y + fontSize * 0.25 };
}

const axisBoxes = (a: AxisLayout): TextBox[] => a.ticks.map((t) => box(t.text, t.textX, t.textY, a.anchor, a.fontSize));

/**
 * Every line of text a LineChart, BarChart or DotStripChart draws from this layout, as boxes:
 * the mirror of the components' markup, so a layout test can prove labels never collide.
 */
export function layoutTextBoxes(
	kind: 'line' | 'bar' | 'strip',
	layout: LineLayout | BarLayout | DotStripLayout,
): TextBox[] {
	const fs = layout.fontSize;
	if (kind === 'line') {
		const l = layout as LineLayout;
		return [
			...axisBoxes(l.xAxis),
			...axisBoxes(l.yAxis),
			...[...(l.breakRule ? [l.breakRule] : []), ...l.annotations].map((r) =>
				box(r.label, r.labelX, r.labelY, r.anchor, fs),
			),
			...l.series.flatMap((s) => [
				...s.labelLines.map((line) => box(line.text, s.labelTextX, line.y, 'start', fs, s.role === 'focus')),
				...s.missing.map((m) => box(m.label, m.labelX, m.labelY, m.anchor, fs)),
				...s.points.flatMap((p) =>
					p.valueLabel
						? [box(p.text, p.valueLabel.x, p.valueLabel.y, p.valueLabel.anchor, fs, s.role === 'focus')]
						: [],
				),
			]),
		];
	}
	if (kind === 'bar') {
		const l = layout as BarLayout;
		return [
			...axisBoxes(l.valueAxis),
			...l.categories.flatMap((c) => c.lines.map((line) => box(line.text, line.x, line.y, c.anchor, fs, c.highlight))),
			...l.bars.flatMap((b) => (b.value ? [box(b.text, b.value.x, b.value.y, b.value.anchor, fs, b.highlight)] : [])),
			...[l.reference, l.breakRule].flatMap((r) => (r ? [box(r.label, r.labelX, r.labelY, r.anchor, fs)] : [])),
			...l.steps.map((t) => box(t.text, t.x, t.y, 'middle', fs, true)),
		];
	}
	const l = layout as DotStripLayout;
	return [
		...axisBoxes(l.axis),
		...(l.england ? [box(l.england.label.text, l.england.label.x, l.england.label.y, l.england.label.anchor, fs)] : []),
		...(l.highlight
			? [
					box(
						l.highlight.labelText.text,
						l.highlight.labelText.x,
						l.highlight.labelText.y,
						l.highlight.labelText.anchor,
						fs,
						true,
					),
				]
			: []),
		...(l.highlightMissing
			? [box(l.highlightMissing.text, l.highlightMissing.x, l.highlightMissing.y, l.highlightMissing.anchor, fs, true)]
			: []),
		...l.notes.map((n) => box(n.text, n.x, n.y, n.anchor, l.noteFontSize)),
	];
}

/** Pairs of boxes that overlap by more than `tolerance` each way, and boxes outside the drawing. */
export function textBoxProblems(boxes: readonly TextBox[], width: number, height: number, tolerance = 0.5): string[] {
	const problems: string[] = [];
	for (const b of boxes) {
		if (b.left < -tolerance || b.right > width + tolerance || b.top < -tolerance || b.bottom > height + tolerance)
			problems.push(`"${b.text}" leaves the ${width}×${height} drawing`);
	}
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++) {
			const a = boxes[i]!;
			const c = boxes[j]!;
			const w = Math.min(a.right, c.right) - Math.max(a.left, c.left);
			const h = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
			if (w > tolerance && h > tolerance) problems.push(`"${a.text}" overlaps "${c.text}"`);
		}
	return problems;
}
