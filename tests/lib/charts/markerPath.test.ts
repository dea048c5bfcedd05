import { describe, expect, it } from 'vitest';
import { markerPath } from '../../../src/lib/charts/markerPath';

describe('markerPath(shape, cx, cy, size)', () => {
	it.each([
		['circle', 'M5.5,10a4.5,4.5 0 1,0 9,0a4.5,4.5 0 1,0 -9,0Z'],
		['square', 'M5.95,5.95h8.1v8.1h-8.1Z'],
		['triangle', 'M10,3.76L15.4,13.12L4.6,13.12Z'],
		['diamond', 'M10,4.15L15.85,10L10,15.85L4.15,10Z'],
		['none', ''],
	] as const)('markerPath(%j, 10, 10, 9) is %j', (shape, d) => {
		expect(markerPath(shape, 10, 10, 9)).toBe(d);
	});
});
