/** The part a series plays in a chart; it decides colour, line dash and marker together. */
export type SeriesRole = 'focus' | 'comparison' | 'reference' | 'target';

/** A marker shape drawn at each published point, so colour is never the only cue. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'none';

export interface SeriesStyle {
	/** CSS colour, read from tokens.css with the GOV.UK Analysis Function colour as fallback. */
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
	focus: { color: 'var(--chart-focus, #12436D)', dash: null, strokeWidth: 3, marker: 'circle' },
	reference: { color: 'var(--chart-reference, #28A197)', dash: '8 5', strokeWidth: 2.5, marker: 'square' },
	comparison: { color: 'var(--chart-comparison, #801650)', dash: '2 4', strokeWidth: 2.5, marker: 'triangle' },
	target: { color: 'var(--chart-target, #3D3D3D)', dash: null, strokeWidth: 1.5, marker: 'none' },
};

/** Colours for the parts of a chart that are not series. */
export const CHART_COLOURS = {
	text: 'var(--chart-text, #0B0C0C)',
	muted: 'var(--chart-muted, #505A5F)',
	grid: 'var(--chart-grid, #DDDCDB)',
	axis: 'var(--chart-axis, #505A5F)',
	background: 'var(--chart-background, #FFFFFF)',
	bar: 'var(--chart-bar, #12436D)',
	barMuted: 'var(--chart-bar-muted, #8F8F8F)',
	hatch: 'var(--chart-hatch, #6F777B)',
	band: 'var(--chart-band, #F3F2F1)',
	dot: 'var(--chart-dot, #6F777B)',
	highlight: 'var(--chart-focus, #12436D)',
	reference: 'var(--chart-reference, #28A197)',
	break: 'var(--chart-break, #3D3D3D)',
} as const;
