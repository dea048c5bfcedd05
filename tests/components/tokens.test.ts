import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_COLOURS, SERIES_STYLE } from '../../src/lib/charts/seriesStyle';

// Checks the colour claims made in src/styles/tokens.css against WCAG 2.2: 3:1 for graphics
// (1.4.11) between neighbouring series and against the background, 4.5:1 for text (1.4.3).
const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

/** The custom properties declared in the first block that follows `marker`. */
function block(marker: string): Map<string, string> {
	const start = css.indexOf(marker);
	if (start < 0) throw new Error(`no ${marker} in tokens.css`);
	const open = css.indexOf(':root', start);
	const body = css.slice(css.indexOf('{', open) + 1, css.indexOf('}', open));
	return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const light = block(':root');
const dark = new Map([...light, ...block('@media (prefers-color-scheme: dark)')]);
const print = new Map([...light, ...block('@media print')]);

function resolve(vars: Map<string, string>, name: string): string {
	let value = vars.get(name);
	for (let i = 0; value?.startsWith('var(') && i < 10; i += 1) value = vars.get(value.slice(4, -1).trim());
	if (!value || !/^#[0-9a-f]{6}$/i.test(value))
		throw new Error(`${name} does not resolve to a #rrggbb colour (${value})`);
	return value.toLowerCase();
}

function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

describe.each([
	['light', light],
	['dark', dark],
	['print', print],
])('tokens.css (%s)', (_, vars) => {
	const c = (name: string) => resolve(vars, name);
	const bg = () => c('--chart-background');

	it.each(['--chart-text', '--chart-muted', '--color-text', '--color-text-secondary', '--color-link'])(
		'%s is at least 4.5:1 on the background',
		(name) => {
			expect(contrast(c(name), c('--color-background'))).toBeGreaterThanOrEqual(4.5);
		},
	);

	it.each([
		'--chart-focus',
		'--chart-reference',
		'--chart-comparison',
		'--chart-target',
		'--chart-axis',
		'--chart-bar',
		'--chart-bar-muted',
		'--chart-dot',
		'--chart-break',
	])('%s is at least 3:1 on the background', (name) => {
		expect(contrast(c(name), bg())).toBeGreaterThanOrEqual(3);
	});

	it.each([
		// Series in the order they are assigned: council, England, region.
		['--chart-focus', '--chart-reference'],
		['--chart-reference', '--chart-comparison'],
		// A highlighted bar against the others.
		['--chart-bar', '--chart-bar-muted'],
	])('%s and %s differ by at least 3:1', (a, b) => {
		expect(contrast(c(a), c(b))).toBeGreaterThanOrEqual(3);
	});
});

describe('the colours charts use', () => {
	// Charts name tokens without fallbacks (every page loads tokens.css; fallbacks doubled the
	// weight of a council page), so each name must resolve to a colour in the light tokens.
	it('are all defined in tokens.css', () => {
		const used = [...Object.values(CHART_COLOURS), ...Object.values(SERIES_STYLE).map((s) => s.color)];
		for (const value of used) {
			const m = /^var\((--[\w-]+)\)$/.exec(value);
			expect(m, value).not.toBeNull();
			expect(resolve(light, m![1]!), value).toMatch(/^#[0-9a-f]{6}$/);
		}
	});
});

describe('tokens.css print rules', () => {
	it('keep a figure whole on one page', () => {
		const printRules = css.slice(css.indexOf('@media print'));
		expect(printRules).toMatch(/figure,[\s\S]*?\{[^}]*break-inside: avoid/);
	});
});
