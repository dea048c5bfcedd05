/** The part a series plays in a chart; it decides colour, line dash and marker together. */
export type SeriesRole = 'focus' | 'comparison' | 'reference' | 'target';

/** A marker shape drawn at each published point, so colour is never the only cue. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'none';

export interface SeriesStyle {
	/** CSS colour, read from tokens.css (loaded by every page through BaseLayout). */
	color: string;
	/** SVG stroke-dasharray, or null for a solid line. */
	dash: string | null;
	strokeWidth: number;
	marker: MarkerShape;
}

// One role, one look, everywhere. The focus council is a thick solid line with circles; England
// (the reference) is dashed with squares; the region or another comparison is dotted with
// triangles; a target is a thin grey line with no markers. Colours follow the Analysis Function
// palette in an order where neighbours differ by at least 3:1 (dark blue, turquoise, dark pink),
// so the dash and marker still tell series apart in greyscale print.
export const SERIES_STYLE: Record<SeriesRole, SeriesStyle> = {
	focus: { color: 'var(--chart-focus)', dash: null, strokeWidth: 3, marker: 'circle' },
	reference: { color: 'var(--chart-reference)', dash: '8 5', strokeWidth: 2.5, marker: 'square' },
	comparison: { color: 'var(--chart-comparison)', dash: '2 4', strokeWidth: 2.5, marker: 'triangle' },
	target: { color: 'var(--chart-target)', dash: null, strokeWidth: 1.5, marker: 'none' },
};

/** Colours for the parts of a chart that are not series. */
export const CHART_COLOURS = {
	text: 'var(--chart-text)',
	muted: 'var(--chart-muted)',
	grid: 'var(--chart-grid)',
	axis: 'var(--chart-axis)',
	background: 'var(--chart-background)',
	bar: 'var(--chart-bar)',
	barMuted: 'var(--chart-bar-muted)',
	hatch: 'var(--chart-hatch)',
	band: 'var(--chart-band)',
	dot: 'var(--chart-dot)',
	highlight: 'var(--chart-focus)',
	reference: 'var(--chart-reference)',
	break: 'var(--chart-break)',
} as const;
