import { quantileSorted } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { STATUS_WORDS, type Figure } from '../model/figure';
import { formatFigure, type FigureUnit } from '../format/formatFigure';
import { axisLayout, type AxisLayout, type PlotArea, type Segment } from './axisLayout';
import { round } from './round';
import { textWidth, wrapText } from './textWidth';
import { valueTicks } from './valueTicks';

/** One council's figure for the measure being compared. */
export interface StripDot {
	/** Council code, e.g. "E06000015". */
	id: string;
	label: string;
	figure: Figure;
}

export interface DotStripLayoutOptions {
	dots: readonly StripDot[];
	width: number;
	/** Minimum height; the layout grows taller when the dots need more room to avoid overlapping. */
	height?: number | undefined;
	unit: FigureUnit;
	/** Defaults to [0, 100] for percentages and [0, nice(max)] for counts. */
	domain?: [number, number] | undefined;
	/** Id of the council to pick out. */
	highlight?: string | null | undefined;
	/** England's figure, drawn as a dashed rule with a label. */
	england?: { label: string; value: number } | null | undefined;
	/** Shade the middle half of councils (lower to upper quartile) and mark the median. */
	quartiles?: boolean | undefined;
	/** What the dots are, for the note on councils with no figure (default "councils"). */
	noun?: string | undefined;
	fontSize?: number | undefined;
	/** Dot radius (default 4.5). */
	radius?: number | undefined;
	digits?: number | undefined;
}

export interface StripDotLayout {
	id: string;
	label: string;
	cx: number;
	cy: number;
	r: number;
	/** Tooltip text, e.g. "Derby: 16.4%". */
	title: string;
}

export interface StripLabel {
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
}

export interface DotStripLayout {
	width: number;
	height: number;
	fontSize: number;
	margin: { top: number; right: number; bottom: number; left: number };
	plot: PlotArea;
	axis: AxisLayout;
	/** Every council with a published figure except the highlighted one. */
	dots: StripDotLayout[];
	/** The highlighted council's dot, label and leader line; null when it has no figure or none was asked for. */
	highlight: (StripDotLayout & { labelText: StripLabel; leader: Segment }) | null;
	/** Shown instead of a dot when the highlighted council's figure is absent, e.g. "Hackney: not available". */
	highlightMissing: StripLabel | null;
	england: { line: Segment; label: StripLabel } | null;
	/** The interquartile band and the median rule; null unless quartiles were asked for. */
	quartiles: {
		band: { x: number; y: number; w: number; h: number };
		medianLine: Segment;
		q1: number;
		median: number;
		q3: number;
	} | null;
	/** Lines of small print under the axis: the shading key and councils not shown. */
	notes: StripLabel[];
	noteFontSize: number;
}

/**
 * Lays out a strip of dots, one per council, along a single value axis, so a reader sees where
 * one council sits among all others. Dots that would overlap are stacked outwards from the
 * centre line (a deterministic "beeswarm"), so no council hides another. Pure; rounded.
 */
export function dotStripLayout(options: DotStripLayoutOptions): DotStripLayout {
	const { dots, width, unit } = options;
	const fontSize = options.fontSize ?? 14;
	const digits = options.digits ?? 1;
	const r = options.radius ?? 4.5;
	const noun = options.noun ?? 'councils';
	const lineHeight = fontSize * 1.2;
	const fmt = (f: Figure) => formatFigure(f, unit, { digits });

	const published = dots
		.filter((d): d is StripDot & { figure: { status: 'published'; value: number } } => d.figure.status === 'published')
		// Sort by value, then code, so the stacking never depends on input order.
		.sort((a, b) => a.figure.value - b.figure.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const absentDots = dots.filter((d) => d.figure.status !== 'published');
	const values = published.map((d) => d.figure.value);
	const maxValue = Math.max(values[values.length - 1] ?? 0, options.england?.value ?? 0);
	const scale = scaleLinear().domain(options.domain ?? (unit === 'percent' ? [0, 100] : [0, maxValue || 1]));

	const left = round(Math.max(12, textWidth(unit === 'percent' ? '0%' : '0', fontSize) / 2 + 6));
	const right = round(Math.max(12, textWidth(unit === 'percent' ? '100%' : '10,000', fontSize) / 2 + 6));
	const plotWidth = width - left - right;
	const tickCount = Math.max(2, Math.min(10, Math.floor(plotWidth / 70)));
	if (!options.domain && unit === 'count') scale.nice(tickCount);
	scale.range([left, width - right]);

	// Stack dots: each takes the offset from the centre line closest to zero that keeps it at
	// least one diameter (plus a hair) from every dot already placed. The highlighted council is
	// placed first so it sits on the centre line where its label can reach it.
	const highlightId = options.highlight ?? null;
	const hi = published.find((d) => d.id === highlightId);
	const order = hi ? [hi, ...published.filter((d) => d !== hi)] : published;
	const hiR = r * 1.6;
	const placed: { id: string; x: number; y: number; r: number }[] = [];
	for (const d of order) {
		const x = scale(d.figure.value);
		const rr = d === hi ? hiR : r;
		const blocked: [number, number][] = [];
		for (const p of placed) {
			const min = rr + p.r + 0.5;
			const dx = Math.abs(p.x - x);
			if (dx < min) {
				const dy = Math.sqrt(min * min - dx * dx);
				blocked.push([p.y - dy, p.y + dy]);
			}
		}
		const candidates = [0, ...blocked.flatMap(([a, b]) => [a, b])].sort((a, b) => Math.abs(a) - Math.abs(b) || b - a);
		const y = candidates.find((c) => blocked.every(([a, b]) => c <= a + 1e-9 || c >= b - 1e-9)) ?? 0;
		placed.push({ id: d.id, x, y, r: rr });
	}
	const spread = Math.max(hiR, ...placed.map((p) => Math.abs(p.y) + p.r)) + 4;

	// Rows, top to bottom: the highlighted council's label, the strip, England's label, the axis,
	// then notes.
	const highlightRow = hi || (highlightId && dots.some((d) => d.id === highlightId)) ? lineHeight + 14 : 6;
	const englandRow = options.england ? lineHeight + 8 : 0;
	const axisRow = fontSize + 12;
	const noteTexts: string[] = [];
	const q =
		options.quartiles && values.length >= 4
			? { q1: quantileSorted(values, 0.25)!, median: quantileSorted(values, 0.5)!, q3: quantileSorted(values, 0.75)! }
			: null;
	if (q) {
		noteTexts.push(
			`Shaded: middle half of ${noun} (${fmt({ status: 'published', value: q.q1 })} to ${fmt({ status: 'published', value: q.q3 })}); line: median ${fmt({ status: 'published', value: q.median })}.`,
		);
	}
	if (absentDots.length > 0) {
		const reasons = [
			...new Set(absentDots.map((d) => (d.figure.status === 'published' ? '' : STATUS_WORDS[d.figure.status]))),
		];
		noteTexts.push(
			`Not shown: ${absentDots.length} ${absentDots.length === 1 ? noun.replace(/s$/, '') : noun} (${reasons.join(', ')}).`,
		);
	}
	const noteLines = noteTexts.flatMap((t) => wrapText(t, fontSize * 0.9, width - 8));
	const notesRow = noteLines.length ? noteLines.length * lineHeight * 0.9 + 6 : 0;
	const stripHeight = Math.max(2 * spread, (options.height ?? 0) - highlightRow - englandRow - axisRow - notesRow - 4);
	const top = round(highlightRow);
	const plot: PlotArea = { left, top, right: round(width - right), bottom: round(top + stripHeight) };
	const centre = (plot.top + plot.bottom) / 2;
	const axisTop = plot.bottom + englandRow;
	const height = round(axisTop + axisRow + notesRow + 4);

	const toLayout = (p: (typeof placed)[number]): StripDotLayout => {
		const d = published.find((x) => x.id === p.id)!;
		return {
			id: d.id,
			label: d.label,
			cx: round(p.x),
			cy: round(centre + p.y),
			r: round(p.r),
			title: `${d.label}: ${fmt(d.figure)}`,
		};
	};
	const clampText = (x: number, text: string, size: number, bold = false): StripLabel => {
		const w = textWidth(text, size, bold);
		if (x - w / 2 < 2) return { text, x: 2, y: 0, anchor: 'start' };
		if (x + w / 2 > width - 2) return { text, x: round(width - 2), y: 0, anchor: 'end' };
		return { text, x: round(x), y: 0, anchor: 'middle' };
	};

	let highlight: DotStripLayout['highlight'] = null;
	let highlightMissing: StripLabel | null = null;
	if (hi) {
		const dot = toLayout(placed[0]!);
		// A name too long for a phone's drawing (Bournemouth, Christchurch and Poole) gives way to
		// "This council": the chart's title names it.
		const named = `${hi.label}: ${fmt(hi.figure)}`;
		const text = textWidth(named, fontSize, true) <= width - 4 ? named : `This council: ${fmt(hi.figure)}`;
		const labelY = round(fontSize + 2);
		highlight = {
			...dot,
			labelText: { ...clampText(dot.cx, text, fontSize, true), y: labelY },
			leader: { x1: dot.cx, y1: round(labelY + 5), x2: dot.cx, y2: round(dot.cy - dot.r - 1) },
		};
	} else if (highlightId) {
		const d = dots.find((x) => x.id === highlightId);
		if (d && d.figure.status !== 'published') {
			highlightMissing = {
				text: `${d.label}: ${STATUS_WORDS[d.figure.status]}`,
				x: 2,
				y: round(fontSize + 2),
				anchor: 'start',
			};
		}
	}

	let england: DotStripLayout['england'] = null;
	if (options.england) {
		const x = round(scale(options.england.value));
		const text = `${options.england.label}: ${fmt({ status: 'published', value: options.england.value })}`;
		england = {
			line: { x1: x, y1: plot.top, x2: x, y2: round(plot.bottom + 4) },
			label: { ...clampText(x, text, fontSize), y: round(plot.bottom + 4 + fontSize) },
		};
	}

	const quartiles: DotStripLayout['quartiles'] = q
		? {
				band: {
					x: round(scale(q.q1)),
					y: plot.top,
					w: round(scale(q.q3) - scale(q.q1)),
					h: round(plot.bottom - plot.top),
				},
				medianLine: { x1: round(scale(q.median)), y1: plot.top, x2: round(scale(q.median)), y2: plot.bottom },
				q1: q.q1,
				median: q.median,
				q3: q.q3,
			}
		: null;

	const axisPlot: PlotArea = { ...plot, top: plot.top, bottom: round(axisTop) };
	const ticks = valueTicks(scale, tickCount, unit);
	const notesTop = axisTop + axisRow + 4;
	return {
		width,
		height,
		fontSize,
		margin: { top, right, bottom: round(height - plot.bottom), left },
		plot,
		axis: axisLayout({ orient: 'bottom', ticks, plot: axisPlot, fontSize, grid: false, marks: true }),
		dots: placed.filter((p) => p.id !== hi?.id).map(toLayout),
		highlight,
		highlightMissing,
		england,
		quartiles,
		noteFontSize: round(fontSize * 0.9),
		notes: noteLines.map((text, i) => ({
			text,
			x: 2,
			y: round(notesTop + fontSize * 0.9 + i * lineHeight * 0.9),
			anchor: 'start',
		})),
	};
}
