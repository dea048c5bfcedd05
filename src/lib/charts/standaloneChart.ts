import { chartClassRules, lightTokens, resolveVars } from './chartTokens';
import { wrapText } from './textWidth';
import { escapeXml, SVG_FONT } from '../social/socialCard';

/**
 * A chart as a file that stands alone when pasted into an article or a slide: the drawing the
 * page shows, with its title above and its source, date, and our name and address below, in fixed
 * light colours (no page stylesheet reaches a file). Used for the SVG download and, through
 * resvg, the PNG.
 */
export interface StandaloneChartInput {
	/** The chart's `<svg>…</svg>` as the page draws it (one layout, not the wide/narrow pair). */
	drawing: string;
	/** The drawing's viewBox size and base font size. */
	width: number;
	height: number;
	fontSize: number;
	title: string;
	subtitle: string;
	/** Short sources, e.g. "DfE, Education, health and care plans, reporting year 2025". */
	sources: readonly string[];
	/** "Data as of 26 June 2025", in words. */
	asOf: string;
	siteName: string;
	/** The address of the page the chart belongs to. */
	pageUrl: string;
	/** tokens.css, the one place colours are set. */
	tokensCss: string;
}

const PAD = 16;
const TITLE = { size: 18, line: 23 };
const SUBTITLE = { size: 13, line: 17 };
const FOOT = { size: 12, line: 16 };

/** The standalone image's size: the drawing plus its header and footer. */
export interface StandaloneChart {
	svg: string;
	width: number;
	height: number;
}

export function standaloneChartSvg(input: StandaloneChartInput): StandaloneChart {
	const tokens = lightTokens(input.tokensCss);
	const colour = (name: string) => resolveVars(`var(${name})`, tokens);
	const width = input.width + 2 * PAD;
	const textWidth = width - 2 * PAD;
	const lines: { text: string; size: number; y: number; bold?: boolean; muted?: boolean; end?: boolean }[] = [];
	let y = PAD;
	for (const text of wrapText(input.title, TITLE.size, textWidth, true)) {
		y += TITLE.line;
		lines.push({ text, size: TITLE.size, y, bold: true });
	}
	y += 4;
	for (const text of wrapText(input.subtitle, SUBTITLE.size, textWidth)) {
		y += SUBTITLE.line;
		lines.push({ text, size: SUBTITLE.size, y, muted: true });
	}
	const chartTop = y + 12;
	y = chartTop + input.height + 8;
	const source = `${input.sources.length === 1 ? 'Source' : 'Sources'}: ${input.sources.join('; ')}.`;
	for (const text of [...wrapText(source, FOOT.size, textWidth), ...wrapText(input.asOf, FOOT.size, textWidth)]) {
		y += FOOT.line;
		lines.push({ text, size: FOOT.size, y, muted: true });
	}
	y += FOOT.line + 2;
	lines.push({ text: `${input.siteName} · ${input.pageUrl}`, size: FOOT.size, y, bold: true });
	const height = Math.ceil(y + PAD);

	// The drawing's own <svg> wrapper sizes it to the page (width="100%"); here it sits at a fixed place.
	const inner = input.drawing.replace(/^\s*<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '');
	const text = (l: (typeof lines)[number]) =>
		`<text x="${PAD}" y="${l.y}" font-size="${l.size}"${l.bold ? ' font-weight="bold"' : ''}${l.muted ? ` fill="${colour('--chart-muted')}"` : ''}>${escapeXml(l.text)}</text>`;
	const svg = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${SVG_FONT}" fill="${colour('--chart-text')}" role="img" aria-labelledby="standalone-title">`,
		`<title id="standalone-title">${escapeXml(input.title)}</title>`,
		`<style>${resolveVars(chartClassRules(input.tokensCss), tokens)}</style>`,
		`<rect width="${width}" height="${height}" fill="${colour('--chart-background')}"/>`,
		...lines.map(text),
		`<g transform="translate(${PAD},${chartTop})" font-size="${input.fontSize}">${resolveVars(inner, tokens)}</g>`,
		'</svg>',
	].join('');
	return { svg, width, height };
}
