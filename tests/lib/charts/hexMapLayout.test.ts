import { describe, expect, it } from 'vitest';
import { hexMapLayout } from '~/lib/charts/hexMapLayout';

describe('hexMapLayout({ hexes, width, padding })', () => {
	// Three hexes: (0,0) and (1,0) side by side on row 0, and (0,1) above, shifted right (odd row).
	// Grid spans 1 + 1.5 = 2.5 hexes across: radius = 100 / (2.5·√3) = 23.09; hex width 40.
	const layout = hexMapLayout({
		hexes: [
			{ id: 'a', q: 0, r: 0 },
			{ id: 'b', q: 1, r: 0 },
			{ id: 'c', q: 0, r: 1 },
		],
		width: 100,
		padding: 0,
	});
	const at = (id: string) => layout.hexes.find((h) => h.id === id);

	it('scales the hexes to the width: radius 23.09, hex width 40', () => {
		expect(layout.radius).toBe(23.09);
		expect(at('b')!.x - at('a')!.x).toBe(40);
	});

	it('puts the higher r above (north up) and shifts the odd row right by half a hex', () => {
		expect(at('c')!.y).toBeLessThan(at('a')!.y);
		expect(at('c')!.x - at('a')!.x).toBe(20);
		// Rows are 1.5 radii apart: 34.64.
		expect(at('a')!.y - at('c')!.y).toBeCloseTo(34.64, 1);
	});

	it('is as tall as the rows need: 1 row gap · 1.5r + 2r', () => {
		expect(layout.height).toBe(round2(3.5 * 23.094));
	});

	it('draws one pointy-topped hex, top corner straight up', () => {
		expect(layout.hexPath.startsWith('M0,-23.09L20,-11.55')).toBe(true);
	});

	it('returns an empty drawing for no hexes', () => {
		expect(hexMapLayout({ hexes: [], width: 100 }).hexes).toEqual([]);
	});
});

function round2(v: number) {
	return Math.round(v * 100) / 100;
}
