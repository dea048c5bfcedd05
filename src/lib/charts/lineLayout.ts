import { extent, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { STATUS_WORDS, type Figure, type FigureStatus } from '../model/figure';
import { formatFigure, type FigureUnit } from '../format/formatFigure';
import { axisLayout, type AxisLayout, type PlotArea, type Segment } from './axisLayout';
import { dodgeLabels } from './dodgeLabels';
import { markerPath } from './markerPath';
import { missingLabel } from './missingLabel';
import { round } from './round';
import { SERIES_STYLE, type MarkerShape, type SeriesRole } from './seriesStyle';
import { textWidth, wrapText } from './textWidth';
import { valueTicks } from './valueTicks';

/** One period of one series: x is a number such as a calendar year (2018). */
export interface LinePoint {
	x: number;
	figure: Figure;
	/** For a rate: the counts behind it, when published (e.g. 1 of 70 plans). */
	numerator?: number | null | undefined;
	denominator?: number | null | undefined;
	/** True when a rule kept in data (quality-rules.csv) makes the figure doubtful: drawn hollow in a dashed ring. */
	doubtful?: boolean | undefined;
}

/** One line: a council (focus), England (reference), its region (comparison) or a target. */
export interface LineSeries {
	id: string;
	/** Direct label drawn at the end of the line, e.g. "Derby". */
	label: string;
	role: SeriesRole;
	points: LinePoint[];
}

export interface LineLayoutOptions {
	series: readonly LineSeries[];
	width: number;
	height: number;
	unit: FigureUnit;
	/** Defaults to the extent of all points' x. */
	xDomain?: [number, number] | undefined;
	/** Defaults to [0, 100] for percentages and [0, nice(max)] for counts. */
	yDomain?: [number, number] | undefined;
	/** The first x of a new series (e.g. 2023 for DfE's new collection); the line never joins across it. */
	breakBefore?: number | null | undefined;
	breakLabel?: string | undefined;
	/** Join two points only when their x differ by at most this (e.g. 1 for yearly figures with years missing); default: always join. */
	maxJoin?: number | undefined;
	/** Dated events marked with a thin vertical line and a label, e.g. a statutory deadline. */
	annotations?: readonly { x: number; label: string }[] | undefined;
	/** Tick label for an x value; defaults to String(x). */
	formatX?: ((x: number) => string) | undefined;
	/** Which series get a value label at every point (default: the focus series). */
	valueLabels?: 'focus' | 'all' | 'none' | undefined;
	/** Font size in viewBox units (default 14). */
	fontSize?: number | undefined;
	/** Decimals in value labels for percentages (default 1). */
	digits?: number | undefined;
	/**
	 * A rate whose denominator is below this swings on a handful of cases: its point is drawn
	 * hollow and labelled "n of d" (the threshold is kept in data/reference/measures.csv).
	 */
	smallBase?: number | null | undefined;
	/** The points the chart's title cites (series id and x): always value-labelled, first. */
	cite?: readonly { series: string; x: number }[] | undefined;
	/**
	 * Series names in a row above the plot instead of at the end of each line. 'auto' (the
	 * default) switches to the row when end labels would have to move far from their lines.
	 */
	legend?: boolean | 'auto' | undefined;
}

/** A published point, in data units (x, y) and viewBox units (cx, cy). */
export interface LinePointLayout {
	x: number;
	y: number;
	cx: number;
	cy: number;
	status: 'published';
	/** The value label as printed, e.g. "11.7%", or "1 of 7" for a small base. */
	text: string;
	/** True when the denominator is below the small-base threshold: drawn hollow. */
	small: boolean;
	/** True when the figure is doubtful: drawn hollow, ringed by a dashed circle (ringD), its label ending "?". */
	doubtful: boolean;
	/** The dashed ring around a doubtful point ("" otherwise). */
	ringD: string;
	/** Tooltip and accessible text, e.g. "Derby, 2018: 11.7%". */
	title: string;
	/** Marker path centred on the point ("" when the series has no markers). */
	markerD: string;
	/** Where the printed value sits, or null when this series is not value-labelled. */
	valueLabel: { x: number; y: number; anchor: 'start' | 'middle' | 'end' } | null;
}

/**
 * A run of periods with no published figure: a gap in the line, with a short label in the plot
 * above the baseline (never a marker on it, which would read as zero).
 */
export interface LineMissingLayout {
	/** First and last x of the run. */
	x: number;
	xEnd: number;
	status: Exclude<FigureStatus, 'published'>;
	/** Short label on the chart, e.g. "n/a". */
	label: string;
	/** Full words, e.g. "Norfolk, 2022: not available". */
	title: string;
	labelX: number;
	labelY: number;
	anchor: 'middle';
}

export interface LineSeriesLayout {
	id: string;
	label: string;
	role: SeriesRole;
	color: string;
	dash: string | null;
	strokeWidth: number;
	marker: MarkerShape;
	/** One SVG path per unbroken run of two or more published points. */
	segments: string[];
	points: LinePointLayout[];
	missing: LineMissingLayout[];
	/** Left edge of the direct label (its key marker), and the y of its first line's middle. */
	labelX: number;
	labelY: number;
	/** The label's lines of text with their baselines; text starts at labelTextX. */
	labelTextX: number;
	labelLines: { text: string; y: number }[];
	/** A small copy of the series' marker (or a line for a target) before the label text. */
	labelKeyD: string;
	/** A thin line from the end of the series to its label when the label had to move. */
	leader: Segment | null;
}

/** A vertical rule across the plot with a label above it (break in series, annotation). */
export interface VerticalRule {
	x: number;
	line: Segment;
	label: string;
	labelX: number;
	labelY: number;
	anchor: 'start' | 'end';
}

export interface LineLayout {
	width: number;
	height: number;
	fontSize: number;
	margin: { top: number; right: number; bottom: number; left: number };
	plot: PlotArea;
	series: LineSeriesLayout[];
	xTicks: { value: number; x: number; text: string }[];
	yTicks: { value: number; y: number; text: string }[];
	xAxis: AxisLayout;
	yAxis: AxisLayout;
	/** x of the break-in-series line, or null. */
	breakX: number | null;
	breakRule: VerticalRule | null;
	annotations: VerticalRule[];
	/** True when series names sit in a row above the plot rather than at the line ends. */
	legend: boolean;
	/** Stroke width that draws a circle marker (a zero-length round-capped stroke) at full size. */
	dotSize: number;
	/** True when some point has a denominator below the small-base threshold. */
	hasSmallBase: boolean;
}

const MARKER_SIZE = 9;
const KEY_WIDTH = 16;

/**
 * Lays out a line chart of one measure over time: scales, paths split at gaps and at a break in
 * series, markers, direct labels nudged apart (or a legend row when they would have to move
 * far), value labels placed clear of each other, axes. Pure; every coordinate is rounded.
 */
export function lineLayout(options: LineLayoutOptions): LineLayout {
	const legend = options.legend ?? 'auto';
	if (legend === 'auto') {
		const direct = lineLayoutWith(options, false);
		return direct.crowded ? lineLayoutWith(options, true).layout : direct.layout;
	}
	return lineLayoutWith(options, legend).layout;
}

function lineLayoutWith(options: LineLayoutOptions, legend: boolean): { layout: LineLayout; crowded: boolean } {
	const { series, width, unit } = options;
	const fontSize = options.fontSize ?? 14;
	const digits = options.digits ?? 1;
	const formatX = options.formatX ?? String;
	const breakBefore = options.breakBefore ?? null;
	const annotations = options.annotations ?? [];
	const smallBase = options.smallBase ?? null;
	const lineHeight = fontSize * 1.2;
	const fmt = (figure: Figure) => formatFigure(figure, unit, { digits });

	// Scales. The y-domain starts at zero unless the caller says otherwise: a rate of 11.7% must
	// look like a small share of plans, not the bottom of the chart.
	const allX = series.flatMap((s) => s.points.map((p) => p.x));
	const [x0, x1] = options.xDomain ?? extent(allX);
	if (x0 === undefined || x1 === undefined) throw new Error('lineLayout: no points to draw');
	const xDomain: [number, number] = x0 === x1 ? [x0 - 0.5, x1 + 0.5] : [x0, x1];
	const maxValue =
		max(
			series.flatMap((s) => s.points),
			(p) => p.figure.value ?? undefined,
		) ?? 0;
	const yScale = scaleLinear().domain(options.yDomain ?? (unit === 'percent' ? [0, 100] : [0, maxValue || 1]));

	// The legend row: series names side by side above the plot, wrapping onto more rows.
	const legendItems = legend ? legendRows(series, width, fontSize) : [];
	const legendHeight = legendItems.length
		? Math.max(...legendItems.map((i) => i.row + i.lines.length)) * lineHeight + 6
		: 0;
	// The drawing grows by the legend's height, so the plot keeps the size it would have had.
	const height = round(options.height + legendHeight);

	// Margins depend on text widths, which depend on the font size.
	const rows = (breakBefore !== null ? 1 : 0) + annotations.length;
	const top = round(legendHeight + Math.max(fontSize + 12, 8 + rows * (fontSize + 6)));
	const bottom = round(fontSize + 16);
	const plotHeight = height - top - bottom;
	const yTickCount = Math.max(2, Math.min(6, Math.floor(plotHeight / 50)));
	if (!options.yDomain && unit === 'count') yScale.nice(yTickCount);
	const yTickList = valueTicks(yScale.copy().range([0, 1]), yTickCount, unit);
	// Room for the y-axis labels, and for half the first x label, which is centred on the edge.
	const left = round(
		Math.max(
			Math.max(...yTickList.map((t) => textWidth(t.text, fontSize))) + 12,
			textWidth(formatX(Math.ceil(xDomain[0])), fontSize) / 2 + 4,
		),
	);
	// Direct labels take at most about a third of the width; longer names wrap.
	const maxLabelWidth = Math.max(textWidth('England', fontSize), width * 0.3 - KEY_WIDTH - 12);
	// The focus series' label is bold (LineChart.astro), so it is measured bold.
	const wrapped = series.map((s) => wrapText(s.label, fontSize, maxLabelWidth, s.role === 'focus'));
	const labelWidth = Math.max(
		0,
		...wrapped.flatMap((lines, i) => lines.map((l) => textWidth(l, fontSize, series[i]!.role === 'focus'))),
	);
	// With a legend row the plot runs to the right edge, less half the last x label.
	const right = legend
		? round(textWidth(formatX(Math.floor(xDomain[1])), fontSize) / 2 + 6)
		: round(8 + KEY_WIDTH + labelWidth + 6);
	const plot: PlotArea = { left, top, right: round(width - right), bottom: round(height - bottom) };
	const xScale = scaleLinear().domain(xDomain).range([plot.left, plot.right]);
	yScale.range([plot.bottom, plot.top]);
	const px = (x: number) => round(xScale(x));
	const py = (y: number) => round(yScale(y));

	// Break in series: at the boundary of the period before it (x is a year), halfway between the
	// last x before it and the break. When years before the break have no figure (the Ombudsman's
	// 2019-20 then 2022-23), the break stays at its own boundary, not halfway across the gap.
	let breakX: number | null = null;
	if (breakBefore !== null) {
		const before = max(allX.filter((x) => x < breakBefore));
		breakX =
			before === undefined || breakBefore - before > 1
				? px(breakBefore - 0.5)
				: round((xScale(before) + xScale(breakBefore)) / 2);
	}
	const ruleAt = (x: number, label: string, row: number): VerticalRule => {
		const labelY = round(plot.top - 8 - row * (fontSize + 6));
		// Labels sit on the side with more room; when neither side has enough, the label slides
		// along so it stays over the plot, clear of the y-axis labels and inside the drawing.
		const w = textWidth(label, fontSize, false) * 1.1; // estimated widths run a little short in italics
		const room = { end: x - 4 - plot.left, start: width - 2 - (x + 4) };
		let anchor: 'start' | 'end' = x > (plot.left + plot.right) / 2 ? 'end' : 'start';
		if (room[anchor] < w) anchor = room.end > room.start ? 'end' : 'start';
		let labelX = anchor === 'end' ? x - 4 : x + 4;
		if (anchor === 'end' && labelX - w < plot.left) labelX = plot.left + w;
		if (anchor === 'start' && labelX + w > width - 2) labelX = width - 2 - w;
		return {
			x,
			line: { x1: x, y1: round(labelY + 4), x2: x, y2: plot.bottom },
			label,
			labelX: round(labelX),
			labelY,
			anchor,
		};
	};
	const breakRule = breakX === null ? null : ruleAt(breakX, options.breakLabel ?? 'Break in series', 0);
	const annotationRules = annotations.map((a, i) => ruleAt(px(a.x), a.label, i + (breakRule ? 1 : 0)));

	const path = line<[number, number]>().digits(2);
	const isSmall = (p: LinePoint) =>
		smallBase !== null && p.denominator !== null && p.denominator !== undefined && p.denominator < smallBase;

	const laid = series.map((s) => {
		const style = SERIES_STYLE[s.role];
		const sorted = [...s.points].sort((a, b) => a.x - b.x);
		const published = sorted.filter(
			(p): p is LinePoint & { figure: { status: 'published'; value: number } } => p.figure.status === 'published',
		);
		const labelled =
			options.valueLabels === 'all' || ((options.valueLabels ?? 'focus') === 'focus' && s.role === 'focus');

		// Split into runs at every absent figure and at the break in series.
		const runs: [number, number][][] = [];
		let run: [number, number][] = [];
		let prevX: number | null = null;
		for (const p of sorted) {
			const crossesBreak = breakBefore !== null && prevX !== null && prevX < breakBefore && p.x >= breakBefore;
			// A year with no figure held at all (not even an absent one) must not be bridged by a line.
			const skipsYears = options.maxJoin !== undefined && prevX !== null && p.x - prevX > options.maxJoin;
			if (p.figure.status !== 'published' || crossesBreak || skipsYears) {
				if (run.length) runs.push(run);
				run = [];
			}
			if (p.figure.status === 'published') run.push([px(p.x), py(p.figure.value)]);
			prevX = p.x;
		}
		if (run.length) runs.push(run);

		let segments = runs.filter((r) => r.length > 1).map((r) => path(r) ?? '');
		// A target given as a single value is drawn as a level line across the whole plot.
		if (s.role === 'target' && published.length === 1) {
			const y = py(published[0]!.figure.value);
			segments = [`M${plot.left},${y}H${plot.right}`];
		}

		const points: LinePointLayout[] = published.map((p) => {
			const cx = px(p.x);
			const cy = py(p.figure.value);
			const small = isSmall(p);
			const doubtful = p.doubtful === true;
			return {
				x: p.x,
				y: p.figure.value,
				cx,
				cy,
				status: 'published',
				small,
				doubtful,
				ringD: doubtful ? markerPath('circle', cx, cy, MARKER_SIZE * 2) : '',
				text: `${small ? `${p.numerator ?? '?'} of ${p.denominator}` : fmt(p.figure)}${doubtful ? ' ?' : ''}`,
				title: `${s.label}, ${formatX(p.x)}: ${fmt(p.figure)}${small ? ` (${p.numerator ?? '?'} of ${p.denominator})` : ''}${doubtful ? ' (doubtful: see the note below the chart)' : ''}`,
				// A solid circle is a zero-length stroke with round caps, a third the bytes of an arc
				// path (LineChart.astro draws it with a stroke MARKER_SIZE wide); hollow ones stay arcs.
				markerD:
					s.role === 'target'
						? ''
						: style.marker === 'circle' && !small && !doubtful
							? `M${cx},${cy}h0`
							: markerPath(style.marker, cx, cy, MARKER_SIZE),
				valueLabel: null,
			};
		});

		// Runs of absent figures with the same reason share one label, centred over the run.
		const gaps: { x: number; xEnd: number; status: Exclude<FigureStatus, 'published'> }[] = [];
		if (s.role !== 'target') {
			for (const p of sorted) {
				if (p.figure.status === 'published') continue;
				const last = gaps.at(-1);
				const prev = sorted[sorted.indexOf(p) - 1];
				if (last && prev?.x === last.xEnd && prev.figure.status === p.figure.status) last.xEnd = p.x;
				else gaps.push({ x: p.x, xEnd: p.x, status: p.figure.status });
			}
		}
		const end = points[points.length - 1];
		return { s, style, segments, points, gaps, end, labelled };
	});

	// Gap labels sit just above the baseline, lifted a row at a time when they would collide.
	const obstacles: Box[] = [
		...[breakRule, ...annotationRules]
			.filter((r): r is VerticalRule => r !== null)
			.map((r) => textBox(r.labelX, r.labelY, textWidth(r.label, fontSize) * 1.1, r.anchor, fontSize)),
	];
	// Two series missing the same years for the same reason share one label (its title names both).
	const gapLabels = new Map<string, LineMissingLayout>();
	const missingBySeries = laid.map(({ s, gaps }) =>
		gaps.flatMap((g): LineMissingLayout[] => {
			const label = missingLabel(g.status);
			const years = g.x === g.xEnd ? formatX(g.x) : `${formatX(g.x)} to ${formatX(g.xEnd)}`;
			const key = `${g.x}|${g.xEnd}|${label}`;
			const shared = gapLabels.get(key);
			if (shared) {
				shared.title += `; ${s.label}, ${years}: ${STATUS_WORDS[g.status]}`;
				return [];
			}
			const w = textWidth(label, fontSize) * 1.1;
			const centre = (px(g.x) + px(g.xEnd)) / 2;
			const x = Math.min(Math.max(centre, plot.left + w / 2 + 2), plot.right - w / 2);
			let y = plot.bottom - 10;
			let box = textBox(x, y, w, 'middle', fontSize);
			while (obstacles.some((o) => overlaps(o, box)) && y - lineHeight > plot.top + fontSize) {
				y -= lineHeight;
				box = textBox(x, y, w, 'middle', fontSize);
			}
			obstacles.push(box);
			const gap: LineMissingLayout = {
				x: g.x,
				xEnd: g.xEnd,
				status: g.status,
				label,
				title: `${s.label}, ${years}: ${STATUS_WORDS[g.status]}`,
				labelX: round(x),
				labelY: round(y),
				anchor: 'middle',
			};
			gapLabels.set(key, gap);
			return [gap];
		}),
	);

	placeValueLabels(laid, plot, fontSize, obstacles, options.cite ?? []);

	// Direct labels: each wants to sit level with the last published point of its series.
	const sizes = wrapped.map((lines) => lines.length * lineHeight + 4);
	const targets = laid.map(({ end }, i) =>
		end ? end.cy + (sizes[i]! - 4 - lineHeight) / 2 : plot.bottom - sizes[i]! / 2,
	);
	const centres = legend
		? targets
		: dodgeLabels(
				targets.map((target, i) => ({ target, size: sizes[i]! })),
				plot.top - fontSize / 2,
				plot.bottom + fontSize / 2,
			);
	// Crowded: a label would sit more than a line and a half from its line (four series ending
	// close together), so leader lines would cross; a legend row reads better.
	// Names broken over three lines or more ("A quarter of councils above" on a phone) also read
	// better in a row above the plot, where they have the full width.
	const crowded =
		!legend &&
		(centres.some((c, i) => Math.abs(c - targets[i]!) > lineHeight * 1.5) || wrapped.some((l) => l.length > 2));

	const labelX = round(plot.right + 8);
	const seriesLayouts: LineSeriesLayout[] = laid.map(({ s, style, segments, points, end }, i) => {
		const item = legendItems[i];
		const lines = item ? item.lines : wrapped[i]!;
		const x = item ? item.x : labelX;
		const keyY = item
			? round(4 + item.row * lineHeight + lineHeight / 2)
			: round(centres[i]! - sizes[i]! / 2 + 2 + lineHeight / 2);
		const keyCx = x + KEY_WIDTH / 2 - 2;
		const labelKeyD =
			s.role === 'target'
				? `M${x},${keyY}H${round(x + KEY_WIDTH - 4)}`
				: markerPath(style.marker, keyCx, keyY, MARKER_SIZE - 1);
		const leader: Segment | null =
			!item && end && Math.abs(keyY - end.cy) > 3
				? { x1: round(end.cx + 7), y1: end.cy, x2: round(labelX - 2), y2: keyY }
				: null;
		return {
			id: s.id,
			label: s.label,
			role: s.role,
			color: style.color,
			dash: style.dash,
			strokeWidth: style.strokeWidth,
			marker: style.marker,
			segments,
			points,
			missing: missingBySeries[i]!,
			labelX: x,
			labelY: keyY,
			labelTextX: round(x + KEY_WIDTH + 2),
			labelLines: lines.map((text, li) => ({ text, y: round(keyY + fontSize * 0.35 + li * lineHeight) })),
			labelKeyD,
			leader,
		};
	});

	const xTickValues = chooseXTicks(xDomain, plot.right - plot.left, (x) => textWidth(formatX(x), fontSize) + 12);
	const xTicks = xTickValues.map((value) => ({ value, x: px(value), text: formatX(value) }));
	const yTicks = yTickList.map((t) => ({ value: t.value, y: py(t.value), text: t.text }));

	const layout: LineLayout = {
		width,
		height,
		fontSize,
		margin: { top, right, bottom, left },
		plot,
		series: seriesLayouts,
		xTicks,
		yTicks,
		xAxis: axisLayout({
			orient: 'bottom',
			ticks: xTicks.map((t) => ({ value: t.value, position: t.x, text: t.text })),
			plot,
			fontSize,
			grid: false,
			marks: true,
		}),
		yAxis: axisLayout({
			orient: 'left',
			ticks: yTicks.map((t) => ({ value: t.value, position: t.y, text: t.text })),
			plot,
			fontSize,
		}),
		breakX,
		breakRule,
		annotations: annotationRules,
		legend,
		dotSize: MARKER_SIZE,
		hasSmallBase: seriesLayouts.some((s) => s.points.some((p) => p.small)),
	};
	return { layout, crowded };
}

/**
 * Places series names in rows across the top of the drawing, left to right, each with room for
 * its key; a name too long for one row wraps and takes rows of its own.
 */
function legendRows(
	series: readonly LineSeries[],
	width: number,
	fontSize: number,
): { x: number; row: number; lines: string[] }[] {
	const items: { x: number; row: number; lines: string[] }[] = [];
	let x = 2;
	let row = 0;
	for (const s of series) {
		const bold = s.role === 'focus';
		const lines = wrapText(s.label, fontSize, (width - 4 - KEY_WIDTH - 2) / 1.08, bold);
		// Estimated widths can run a few per cent short of the real font's: leave that much spare.
		const w = KEY_WIDTH + 2 + Math.max(...lines.map((l) => textWidth(l, fontSize, bold))) * 1.08;
		if (x > 2 && (x + w > width - 2 || lines.length > 1)) {
			row += Math.max(1, ...items.filter((i) => i.row === row).map((i) => i.lines.length));
			x = 2;
		}
		items.push({ x: round(x), row, lines });
		x += w + fontSize;
	}
	return items;
}

/**
 * Every whole x in the domain when their labels fit side by side; otherwise every k-th,
 * counted back from the last so the latest period is always labelled.
 */
function chooseXTicks(domain: [number, number], plotWidth: number, labelWidth: (x: number) => number): number[] {
	const first = Math.ceil(domain[0]);
	const last = Math.floor(domain[1]);
	const all: number[] = [];
	for (let x = first; x <= last; x += 1) all.push(x);
	if (all.length === 0) return [];
	const widest = Math.max(...all.map(labelWidth));
	const fit = Math.max(1, Math.floor(plotWidth / widest) + 1);
	const step = Math.ceil(all.length / fit);
	return all.filter((_, i) => (all.length - 1 - i) % step === 0);
}

interface Box {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The box of a line of text whose baseline is at y, as placed by its anchor: the font's full
 * ascent and descent (about 0.9em above the baseline and 0.25em below in DejaVu Sans, as
 * Chromium measures it), so labels kept apart here are apart on screen too.
 */
function textBox(x: number, y: number, w: number, anchor: 'start' | 'middle' | 'end', fontSize: number): Box {
	const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
	return { left, right: left + w, top: y - fontSize * 0.9, bottom: y + fontSize * 0.25 };
}

/**
 * Gives value labels to the points of labelled series, placing each above or below its point
 * where it covers no marker, no other label and no obstacle (gap and rule labels). The point the
 * title cites comes first, then small-base points ("1 of 7", in any series), then the latest and
 * earliest values, the highest and lowest, then the rest; one that fits nowhere is left out,
 * since the data table and the marker's tooltip still carry it.
 */
function placeValueLabels(
	laid: { points: LinePointLayout[]; labelled: boolean; s: LineSeries }[],
	plot: PlotArea,
	fontSize: number,
	obstacles: readonly Box[],
	cite: readonly { series: string; x: number }[],
): void {
	const markers: Box[] = laid.flatMap(({ points }) =>
		points.filter((p) => p.markerD).map((p) => ({ left: p.cx - 5, right: p.cx + 5, top: p.cy - 5, bottom: p.cy + 5 })),
	);
	const placed: Box[] = [...obstacles];
	const queue: { p: LinePointLayout; i: number; points: LinePointLayout[]; s: LineSeries; must: boolean }[] = [];
	for (const { points, labelled, s } of laid) {
		const n = points.length;
		if (n === 0) continue;
		const byValue = [...points.keys()].sort((a, b) => points[b]!.y - points[a]!.y);
		const cited = [...points.keys()].filter((i) => cite.some((c) => c.series === s.id && c.x === points[i]!.x));
		const small = [...points.keys()].filter((i) => points[i]!.small);
		const order = labelled
			? [...new Set([...cited, ...small, n - 1, 0, byValue[0]!, byValue[n - 1]!, ...points.keys()])]
			: [...new Set([...cited, ...small])];
		for (const i of order) queue.push({ p: points[i]!, i, points, s, must: cited.includes(i) || points[i]!.small });
	}
	// Cited and small-base labels are placed before any series' ordinary labels.
	queue.sort((a, b) => Number(b.must) - Number(a.must));
	for (const { p, i, points, s, must } of queue) {
		const n = points.length;
		// Value labels of the focus series are bold (LineChart.astro).
		const w = textWidth(p.text, fontSize, s.role === 'focus') * (p.small ? 1.1 : 1.04); // italics, and estimates running short
		const first = i === 0 && p.cx - plot.left < 20;
		const last = i === n - 1 && plot.right - p.cx < 20;
		const anchor = first ? 'start' : last ? 'end' : 'middle';
		// A centred label slides right rather than run into the y-axis labels ("11 of 27" on a
		// phone), and left rather than past the plot into the series names.
		const x = first
			? p.cx - 4
			: last
				? p.cx + 4
				: Math.min(Math.max(p.cx, plot.left - 2 + w / 2), plot.right + 4 - w / 2);
		// Below the point when the line rises away from it on both sides (a dip), else above.
		const neighbours = [points[i - 1], points[i + 1]].filter((q) => q !== undefined);
		const dip = neighbours.length > 0 && neighbours.every((q) => q.y > p.y);
		const above = p.cy - 10;
		const below = p.cy + 10 + fontSize * 0.8;
		const further = must ? [above - fontSize, below + fontSize] : [];
		const candidates: { x: number; y: number; anchor: 'start' | 'middle' | 'end' }[] = [
			...(dip ? [below, above] : [above, below]),
			...further,
		].map((y) => ({ x, y, anchor }));
		// A cited or small-base label that fits neither above nor below goes beside its point,
		// left first (the line ends on the right, where the series names are).
		if (must)
			candidates.push(
				{ x: p.cx - 8, y: p.cy + fontSize * 0.35, anchor: 'end' },
				{ x: p.cx + 8, y: p.cy + fontSize * 0.35, anchor: 'start' },
			);
		// As a last resort a cited label may cover part of a marker (its halo keeps both legible),
		// but never another label.
		const tries = [
			...candidates.map((c) => ({ ...c, overMarkers: false })),
			...(must ? candidates.map((c) => ({ ...c, overMarkers: true })) : []),
		];
		for (const c of tries) {
			if (c.y - fontSize * 0.8 < plot.top - fontSize || c.y > plot.bottom - 2) continue;
			const box = textBox(c.x, c.y, w, c.anchor, fontSize);
			if (box.left < plot.left - 4 || box.right > plot.right + 4) continue;
			if (!c.overMarkers && markers.some((m) => overlaps(m, box))) continue;
			if (placed.some((b) => overlaps(b, box))) continue;
			placed.push(box);
			p.valueLabel = { x: round(c.x), y: round(c.y), anchor: c.anchor };
			break;
		}
	}
}
