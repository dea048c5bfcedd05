import { Resvg } from '@resvg/resvg-js';

/**
 * SVG to PNG at build time with resvg (no browser). Fonts come from the machine: Debian's
 * Chromium package brings Liberation and DejaVu, which the drawings name first.
 */
export function renderPng(svg: string, options: { scale?: number } = {}): Buffer {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'zoom', value: options.scale ?? 1 },
		font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' },
	});
	return resvg.render().asPng();
}
