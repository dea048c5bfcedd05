/**
 * The light palette and the chart class rules of tokens.css, for drawings that leave the page: a
 * standalone SVG or PNG has no page stylesheet, and resvg reads no CSS variables, so every
 * `var(--…)` is replaced by the colour tokens.css gives it on screen in light mode. tokens.css
 * stays the one place colours are set.
 */

const stripComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** Custom properties of the first `:root { … }` block (the light, screen palette). */
export function lightTokens(css: string): Map<string, string> {
	const block = /:root\s*\{([^}]*)\}/.exec(stripComments(css))?.[1] ?? '';
	const tokens = new Map<string, string>();
	for (const [, name, value] of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) tokens.set(name!, value!.trim());
	return tokens;
}

/** Text with every `var(--name)` or `var(--name, fallback)` replaced by its value, following chains. */
export function resolveVars(text: string, tokens: ReadonlyMap<string, string>): string {
	let out = text;
	// Each pass resolves one level of var() nesting; tokens.css nests two deep.
	for (let pass = 0; pass < 5 && out.includes('var(--'); pass++) {
		out = out.replace(/var\((--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (whole, name: string, fallback?: string) => {
			return tokens.get(name) ?? fallback?.trim() ?? whole;
		});
	}
	return out;
}

/** The top-level rules that colour chart parts by class (.ch-grid, .ch-halo, .bar--strong …). */
export function chartClassRules(css: string): string {
	const rules = [...stripComments(css).matchAll(/^(\.(?:ch-|bar)[^{]*)\{([^}]*)\}/gm)];
	return rules.map(([, selector, body]) => `${selector!.trim()}{${body!.replace(/\s+/g, ' ').trim()}}`).join('');
}
