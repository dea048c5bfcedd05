import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every attribute a chart may emit. An attribute outside this list is a typo the browser ignores
// silently (BarChart once wrote `font-font-style`, so missing bars lost their italics and the
// golden file kept the bug): add a name here only after checking it in the SVG 2 attribute index
// (https://www.w3.org/TR/SVG2/attindex.html) or, for aria-* and data-*, WAI-ARIA and HTML.
const ALLOWED = new Set([
	// structure and accessibility
	'xmlns',
	'viewBox',
	'role',
	'id',
	'class',
	'style',
	'aria-hidden',
	'aria-labelledby',
	'data-key',
	'data-series',
	// geometry
	'x',
	'y',
	'width',
	'height',
	'd',
	'cx',
	'cy',
	'r',
	'x1',
	'y1',
	'x2',
	'y2',
	'patternUnits',
	'patternTransform',
	// painting
	'fill',
	'fill-opacity',
	'stroke-width',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-dasharray',
	'stroke-opacity',
	// text
	'text-anchor',
	'font-size',
	'font-weight',
	'font-style',
]);

const GOLDEN = 'tests/output';
const goldens = readdirSync(GOLDEN).filter((f) => f.endsWith('.svg') && !f.endsWith('-changed.svg'));

describe('chart SVG attributes (golden files in tests/output)', () => {
	it('finds the golden files', () => {
		expect(goldens.length).toBeGreaterThanOrEqual(8);
	});

	it.each(goldens)('%s uses only known SVG attributes', (file) => {
		const svg = readFileSync(`${GOLDEN}/${file}`, 'utf8');
		const names = [...svg.matchAll(/\s([A-Za-z_:][-\w:.]*)=(?:"|')/g)].map((m) => m[1] ?? '');
		expect(names.length).toBeGreaterThan(0);
		expect(names.filter((n) => !ALLOWED.has(n))).toEqual([]);
	});
});
