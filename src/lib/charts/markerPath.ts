import { round } from './round';
import type { MarkerShape } from './seriesStyle';

/**
 * An SVG path for a marker of the given shape centred on (cx, cy), `size` wide, with every
 * coordinate rounded, so components draw every marker as one `<path>` and do no arithmetic.
 * @example markerPath('square', 10, 10, 8) // "M6,6h8v8h-8Z"
 */
export function markerPath(shape: MarkerShape, cx: number, cy: number, size: number): string {
	const h = size / 2;
	switch (shape) {
		case 'none':
			return '';
		case 'circle': {
			// Two arcs make a full circle in path syntax.
			return `M${round(cx - h)},${round(cy)}a${round(h)},${round(h)} 0 1,0 ${round(size)},0a${round(h)},${round(h)} 0 1,0 ${round(-size)},0Z`;
		}
		case 'square': {
			// A square of the same area as the circle would look smaller; shrink it a little less.
			const s = size * 0.9;
			return `M${round(cx - s / 2)},${round(cy - s / 2)}h${round(s)}v${round(s)}h${round(-s)}Z`;
		}
		case 'triangle': {
			// An equilateral triangle pointing up, its centroid on the point.
			const side = size * 1.2;
			const height = (side * Math.sqrt(3)) / 2;
			const top = cy - (2 * height) / 3;
			const bottom = cy + height / 3;
			return `M${round(cx)},${round(top)}L${round(cx + side / 2)},${round(bottom)}L${round(cx - side / 2)},${round(bottom)}Z`;
		}
		case 'diamond': {
			const d = size * 0.65;
			return `M${round(cx)},${round(cy - d)}L${round(cx + d)},${round(cy)}L${round(cx)},${round(cy + d)}L${round(cx - d)},${round(cy)}Z`;
		}
	}
}
