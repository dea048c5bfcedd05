import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartClassRules, lightTokens, resolveVars } from '~/lib/charts/chartTokens';

const css = readFileSync('src/styles/tokens.css', 'utf8');

describe('lightTokens(css) and resolveVars(text, tokens)', () => {
	const tokens = lightTokens(css);

	it("reads the light screen palette, not dark mode's or print's", () => {
		// tokens.css: --chart-focus: var(--af-dark-blue) = #12436d; dark mode sets #a9d1f5.
		expect(resolveVars('var(--chart-focus)', tokens)).toBe('#12436d');
		expect(resolveVars('fill:var(--chart-background)', tokens)).toBe('fill:#ffffff');
		expect(resolveVars('stroke:var(--chart-grid)', tokens)).toBe('stroke:#dddcdb');
	});

	it('uses a fallback for an unknown name and leaves it alone without one', () => {
		expect(resolveVars('var(--nope, #123456)', tokens)).toBe('#123456');
		expect(resolveVars('var(--nope)', tokens)).toBe('var(--nope)');
	});
});

describe('chartClassRules(css)', () => {
	it('keeps the top-level rules that colour chart parts by class, and no page or media rules', () => {
		const rules = chartClassRules(css);
		expect(rules).toContain('.ch-grid{stroke: var(--chart-grid);}');
		expect(rules).toContain('.ch-marker.ch-focus{fill: var(--chart-focus);}');
		expect(rules).toContain('.bar--strong{fill: var(--chart-bar);}');
		expect(rules).not.toMatch(/:root|@media|\.chart-figure/);
	});
});
