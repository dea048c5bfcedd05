import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Observation } from '../model/observation';
import { formatFigure } from '../format/formatFigure';
import { periodWords } from '../format/periodWords';

/**
 * The picture a link preview shows (Open Graph / Twitter card): 1200 × 630, the size the big
 * platforms crop least. Drawn as a standalone SVG with fixed colours (no page CSS reaches an
 * image) and turned into PNG at build time.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface SocialCardInput {
	/** Large heading: the council's name, or the site's title. */
	title: string;
	/** The measure in words, e.g. "of new EHC plans issued within 20 weeks". */
	measureWords: string;
	/** The newest figure of the measure for this area (any status: absent figures say why); null when it has none. */
	latest: Observation | null;
	/** England's figure for the same period, when there is one. */
	england: Observation | null;
	/** Every period of the measure for this area, oldest first, for the small chart. */
	series: readonly Observation[];
	/** Short source, e.g. "DfE, Education, health and care plans, June 2026". */
	source: string;
	/** The site's name as it should appear in the corner. */
	siteName: string;
}

const COLOURS = { background: '#ffffff', text: '#0b0c0c', muted: '#505a5f', line: '#1d70b8', rule: '#b1b4b6' };
/** Fonts every drawing turned into PNG names first: resvg finds them on the build machine (renderPng.ts). */
export const SVG_FONT = "'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";
const FONT = SVG_FONT;

export const escapeXml = (text: string) =>
	text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/** The card as SVG text: the title, the newest figure in large type, England beside it, and the trend. */
export function socialCardSvg(input: SocialCardInput): string {
	const { latest, england } = input;
	const figure = latest ? formatFigure(latest.figure, 'percent') : 'no figure';
	const when = latest ? periodWords(latest.periodKind, latest.period) : 'any year the site holds';
	const englandText =
		england?.figure.status === 'published' ? `England: ${formatFigure(england.figure, 'percent')} in ${when}` : '';

	// The small chart: published points only, gaps where a year is absent, a rule at each end.
	const chart = { left: 780, right: 1140, top: 240, bottom: 520 };
	const periods = input.series.map((o) => o.period);
	const x = scaleLinear()
		.domain([0, Math.max(1, periods.length - 1)])
		.range([chart.left, chart.right]);
	const y = scaleLinear().domain([0, 100]).range([chart.bottom, chart.top]);
	const path =
		line<Observation>()
			.defined((o) => o.figure.status === 'published')
			.x((_, i) => x(i))
			.y((o) => (o.figure.status === 'published' ? y(o.figure.value) : chart.bottom))(input.series) ?? '';
	// The publisher's break in series (a new collection) is marked, as on every chart of the site.
	const breakAt = input.series.findIndex((o) => o.breakInSeries);
	const breakMark =
		breakAt > 0
			? `<line x1="${x(breakAt - 0.5)}" x2="${x(breakAt - 0.5)}" y1="${chart.top}" y2="${chart.bottom}" stroke="${COLOURS.rule}" stroke-width="2" stroke-dasharray="6 6"/>` +
				`<text x="${x(breakAt - 0.5) - 8}" y="${chart.top + 20}" font-size="22" fill="${COLOURS.muted}" text-anchor="end">new collection</text>`
			: '';
	const first = input.series[0];
	const last = input.series.at(-1);

	const text = (x_: number, y_: number, size: number, body: string, attrs = '') =>
		`<text x="${x_}" y="${y_}" font-size="${size}" ${attrs}>${escapeXml(body)}</text>`;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${FONT}" fill="${COLOURS.text}">`,
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLOURS.background}"/>`,
		`<rect width="${CARD_WIDTH}" height="12" fill="${COLOURS.line}"/>`,
		text(60, 110, 56, input.title, 'font-weight="bold"'),
		text(60, 330, 150, figure, 'font-weight="bold"'),
		text(60, 390, 32, input.measureWords),
		text(60, 436, 32, `in ${when}`),
		text(60, 500, 30, englandText, `fill="${COLOURS.muted}"`),
		`<line x1="${chart.left}" x2="${chart.right}" y1="${chart.bottom}" y2="${chart.bottom}" stroke="${COLOURS.rule}" stroke-width="2"/>`,
		breakMark,
		`<path d="${path}" fill="none" stroke="${COLOURS.line}" stroke-width="8" stroke-linejoin="round" stroke-linecap="round"/>`,
		first ? text(chart.left, chart.bottom + 40, 26, first.period, `fill="${COLOURS.muted}"`) : '',
		last ? text(chart.right, chart.bottom + 40, 26, last.period, `fill="${COLOURS.muted}" text-anchor="end"`) : '',
		text(60, 595, 24, `Source: ${input.source}`, `fill="${COLOURS.muted}"`),
		text(1140, 595, 24, input.siteName, `fill="${COLOURS.muted}" text-anchor="end" font-weight="bold"`),
		'</svg>',
	].join('');
}
