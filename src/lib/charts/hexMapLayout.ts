import { round } from './round';

/** A hex to place: an id and its column and row in an "odd-r" HexJSON layout (r grows northwards). */
export interface HexInput {
	id: string;
	q: number;
	r: number;
}

export interface HexMapLayoutOptions {
	hexes: readonly HexInput[];
	/** Width of the drawing in viewBox units; the height follows from the grid. */
	width: number;
	/** Space around the grid, in viewBox units. */
	padding?: number;
}

export interface HexMapLayout {
	width: number;
	height: number;
	/** Centre-to-corner distance of every hex. */
	radius: number;
	/** One hex shape around (0, 0), as a path, drawn once and placed at each centre. */
	hexPath: string;
	/** Each hex's centre, in input order. */
	hexes: { id: string; x: number; y: number }[];
}

const SQRT3 = Math.sqrt(3);

/**
 * Places pointy-topped hexes of an "odd-r" HexJSON map: rows with an odd r are shifted right by
 * half a hex, and r grows northwards, so the top row is the highest r (Open Innovations'
 * renderer; hexjson.source.txt). The grid is scaled to fill the width.
 */
export function hexMapLayout({ hexes, width, padding = 4 }: HexMapLayoutOptions): HexMapLayout {
	if (hexes.length === 0) return { width, height: 0, radius: 0, hexPath: '', hexes: [] };
	const qs = hexes.map((h) => h.q);
	const rs = hexes.map((h) => h.r);
	const qMin = Math.min(...qs);
	const qMax = Math.max(...qs);
	const rMin = Math.min(...rs);
	const rMax = Math.max(...rs);
	// Width of a pointy-topped hex is √3·radius; an odd row adds half a hex, so the grid spans
	// (columns + ½) hexes across.
	const radius = (width - 2 * padding) / ((qMax - qMin + 1.5) * SQRT3);
	const hexWidth = SQRT3 * radius;
	const height = round((rMax - rMin) * 1.5 * radius + 2 * radius + 2 * padding, 2);
	const corners = [-90, -30, 30, 90, 150, 210].map((deg) => {
		const a = (deg * Math.PI) / 180;
		return [round(radius * Math.cos(a), 2), round(radius * Math.sin(a), 2)] as const;
	});
	const hexPath = `M${corners.map(([x, y]) => `${x},${y}`).join('L')}Z`;
	return {
		width,
		height,
		radius: round(radius, 2),
		hexPath,
		hexes: hexes.map((h) => ({
			id: h.id,
			// Math.abs: an odd negative row is odd too (-1 % 2 is -1 in JavaScript).
			x: round(padding + hexWidth / 2 + (h.q - qMin + (Math.abs(h.r) % 2 === 1 ? 0.5 : 0)) * hexWidth, 2),
			y: round(padding + radius + (rMax - h.r) * 1.5 * radius, 2),
		})),
	};
}
