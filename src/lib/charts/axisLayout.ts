import { round } from './round';

/** The edges of the plotting area, in viewBox units. */
export interface PlotArea {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** A straight line, ready for an SVG `<line>`. */
export interface Segment {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/** One tick: its value, position along the axis, label text and where that label sits. */
export interface AxisTick {
	value: number;
	/** Position along the axis (x for a bottom axis, y for a left axis). */
	position: number;
	text: string;
	textX: number;
	textY: number;
	/** A gridline across the plot, or null. */
	grid: Segment | null;
	/** A short tick mark outside the plot, or null. */
	mark: Segment | null;
}

/** Everything Axis.astro draws for one axis, with every coordinate rounded. */
export interface AxisLayout {
	orient: 'left' | 'bottom';
	anchor: 'start' | 'middle' | 'end';
	fontSize: number;
	/** The axis line itself (the baseline at zero), or null. */
	line: Segment | null;
	ticks: AxisTick[];
}

export interface AxisLayoutOptions {
	orient: 'left' | 'bottom';
	ticks: readonly { value: number; position: number; text: string }[];
	plot: PlotArea;
	fontSize: number;
	/** Draw gridlines across the plot (default true). */
	grid?: boolean;
	/** Draw the axis line along the plot's edge (default true for bottom, false for left). */
	line?: boolean;
	/** Draw short tick marks outside the plot (default false). */
	marks?: boolean;
}

/** Lays out one axis from positions already computed by a scale. */
export function axisLayout(options: AxisLayoutOptions): AxisLayout {
	const { orient, plot, fontSize } = options;
	const grid = options.grid ?? true;
	const marks = options.marks ?? false;
	const showLine = options.line ?? orient === 'bottom';
	// A text baseline sits about 0.35em below the visual middle of digits; SVG's
	// dominant-baseline is avoided because print engines and some readers ignore it.
	const midline = fontSize * 0.35;
	const ticks = options.ticks.map(({ value, position, text }): AxisTick => {
		const p = round(position);
		if (orient === 'left') {
			return {
				value,
				position: p,
				text,
				textX: round(plot.left - 8),
				textY: round(position + midline),
				grid: grid ? { x1: round(plot.left), y1: p, x2: round(plot.right), y2: p } : null,
				mark: marks ? { x1: round(plot.left - 5), y1: p, x2: round(plot.left), y2: p } : null,
			};
		}
		return {
			value,
			position: p,
			text,
			textX: p,
			textY: round(plot.bottom + fontSize + 7),
			grid: grid ? { x1: p, y1: round(plot.top), x2: p, y2: round(plot.bottom) } : null,
			mark: marks ? { x1: p, y1: round(plot.bottom), x2: p, y2: round(plot.bottom + 5) } : null,
		};
	});
	const line: Segment | null = !showLine
		? null
		: orient === 'left'
			? { x1: round(plot.left), y1: round(plot.top), x2: round(plot.left), y2: round(plot.bottom) }
			: { x1: round(plot.left), y1: round(plot.bottom), x2: round(plot.right), y2: round(plot.bottom) };
	return { orient, anchor: orient === 'left' ? 'end' : 'middle', fontSize, line, ticks };
}
