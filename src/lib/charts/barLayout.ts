import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { STATUS_WORDS, type Figure, type FigureStatus } from '../model/figure';
import { formatFigure, type FigureUnit } from '../format/formatFigure';
import { axisLayout, type AxisLayout, type PlotArea, type Segment } from './axisLayout';
import { missingLabel } from './missingLabel';
import { round } from './round';
import { textWidth, wrapText } from './textWidth';
import { valueTicks } from './valueTicks';

/** One bar: a period ("2019") or a stage ("Requests received"), and its figure. */
export interface BarDatum {
	/** Unique key, e.g. "2019" or "requests". */
	key: string;
	/** Category label drawn beside or below the bar. */
	label: string;
	figure: Figure;
	/** Draw in the focus colour with a bold label (e.g. the council among others). */
	highlight?: boolean;
}

export interface BarLayoutOptions {
	bars: readonly BarDatum[];
	width: number;
	height: number;
	unit: FigureUnit;
	/** 'vertical' (default): columns by period. 'horizontal': rows, e.g. a funnel of stages. */
	orientation?: 'vertical' | 'horizontal' | undefined;
	/** Value domain; defaults to [0, 100] for percentages and [0, nice(max)] for counts. */
	domain?: [number, number] | undefined;
	/** Key of the first bar of a new series; a dashed rule is drawn before it. */
	breakBefore?: string | null | undefined;
	breakLabel?: string | undefined;
	/** A comparison value drawn as a dashed rule across the bars, e.g. England's rate. */
	reference?: { value: number; label: string } | null | undefined;
	/** Horizontal only: labels to the left of the bars, or on their own line above each bar. */
	categoryLabels?: 'beside' | 'above' | undefined;
	/**
	 * Horizontal only: the bars are successive stages of one process (requests, then assessments
	 * agreed, then drafts…): each row gets its step number in a gutter, with an arrow to the next.
	 */
	stages?: boolean | undefined;
	/** Keys of the bars the chart's title cites: their values are printed even when others' are not. */
	cite?: readonly string[] | undefined;
	fontSize?: number | undefined;
	digits?: number | undefined;
}

export interface BarLayoutBar {
	key: string;
	label: string;
	status: FigureStatus;
	highlight: boolean;
	/** 'strong' for every bar when none is highlighted, else for highlighted bars only. */
	tone: 'strong' | 'muted';
	/** Published: the bar. Absent: a hatched placeholder across the whole value range, never a zero-length bar. */
	x: number;
	y: number;
	w: number;
	h: number;
	missing: boolean;
	/** The printed value ("1,091") or, for an absent figure, the short reason ("n/a"). */
	text: string;
	/** Tooltip and accessible text, e.g. "2019: 24.7%" or "2022: not available". */
	title: string;
	/** Where the printed value sits; null when there is no room (the data table has every value). */
	value: { x: number; y: number; anchor: 'start' | 'middle' | 'end' } | null;
}

export interface BarCategoryLabel {
	key: string;
	lines: { text: string; x: number; y: number }[];
	anchor: 'start' | 'middle' | 'end';
	highlight: boolean;
}

export interface BarRule {
	line: Segment;
	label: string;
	labelX: number;
	labelY: number;
	anchor: 'start' | 'middle' | 'end';
}

export interface BarLayout {
	width: number;
	height: number;
	fontSize: number;
	orientation: 'vertical' | 'horizontal';
	margin: { top: number; right: number; bottom: number; left: number };
	plot: PlotArea;
	bars: BarLayoutBar[];
	categories: BarCategoryLabel[];
	valueAxis: AxisLayout;
	/** The zero line the bars stand on. */
	baseline: Segment;
	breakRule: BarRule | null;
	reference: BarRule | null;
	/** Step numbers of a chart of stages, level with each bar; empty otherwise. */
	steps: { text: string; x: number; y: number }[];
	/** Arrows from each step to the next, as one path (shafts and heads); "" when none. */
	stepArrows: string;
}

/**
 * Lays out a bar chart: vertical columns by period, or horizontal rows (a funnel of stages such
 * as 186 requests → 145 assessments → 67 drafts → 19 final → 10 on time). Absent figures become
 * hatched placeholders with a short label, never bars of zero. Pure; every coordinate rounded.
 */
export function barLayout(options: BarLayoutOptions): BarLayout {
	const { bars, width, height, unit } = options;
	if (bars.length === 0) throw new Error('barLayout: no bars to draw');
	// A bar's length is its value, so the value axis must start at zero (or below, for negatives).
	if (options.domain && options.domain[0] > 0) {
		throw new Error(`barLayout: the value domain must include zero (got ${options.domain.join('–')})`);
	}
	const orientation = options.orientation ?? 'vertical';
	const fontSize = options.fontSize ?? 14;
	const digits = options.digits ?? 1;
	const lineHeight = fontSize * 1.2;
	const fmt = (f: Figure) => formatFigure(f, unit, { digits });
	const valueText = (f: Figure) => (f.status === 'published' ? fmt(f) : missingLabel(f.status));
	const reference = options.reference ?? null;
	const hasBreak = (options.breakBefore ?? null) !== null;
	const anyHighlight = bars.some((b) => b.highlight === true);
	const toneOf = (b: BarDatum): 'strong' | 'muted' => (!anyHighlight || b.highlight === true ? 'strong' : 'muted');

	const maxValue = Math.max(max(bars, (b) => b.figure.value ?? undefined) ?? 0, reference?.value ?? 0);
	const scale = scaleLinear().domain(options.domain ?? (unit === 'percent' ? [0, 100] : [0, maxValue || 1]));
	// Highlighted bars have bold labels and values (BarChart.astro), so they are measured bold.
	const widestValue = Math.max(...bars.map((b) => textWidth(valueText(b.figure), fontSize, b.highlight === true)));

	if (orientation === 'vertical') {
		const top = round(fontSize + 12 + (hasBreak || reference ? fontSize + 6 : 0));
		const bottom = round(fontSize * 2 + 12);
		const plotHeight = height - top - bottom;
		const tickCount = Math.max(2, Math.min(6, Math.floor(plotHeight / 50)));
		if (!options.domain && unit === 'count') scale.nice(tickCount);
		const ticks = valueTicks(scale.copy().range([0, 1]), tickCount, unit);
		const left = round(Math.max(...ticks.map((t) => textWidth(t.text, fontSize))) + 12);
		const right = round(Math.max(8, reference ? 4 : 8));
		const plot: PlotArea = { left, top, right: round(width - right), bottom: round(height - bottom) };
		scale.range([plot.bottom, plot.top]);
		const band = scaleBand<string>()
			.domain(bars.map((b) => b.key))
			.range([plot.left, plot.right])
			.paddingInner(0.25)
			.paddingOuter(0.15);
		const step = band.step();
		// Values go above every bar when they fit its slot; otherwise only on highlighted and last bars.
		const valuesFit = widestValue <= step - 2;
		const widestLabel = Math.max(...bars.map((b) => textWidth(b.label, fontSize, b.highlight === true)));
		const labelEvery = Math.max(1, Math.ceil((widestLabel + 8) / step));

		const clampCentre = (cx: number, w: number) => round(Math.min(Math.max(cx, w / 2 + 2), width - 2 - w / 2));
		const laidBars = bars.map((b, i): BarLayoutBar => {
			const x = round(band(b.key)!);
			const w = round(band.bandwidth());
			const cx = round(band(b.key)! + band.bandwidth() / 2);
			const showValue =
				valuesFit || b.highlight === true || i === bars.length - 1 || (options.cite ?? []).includes(b.key);
			if (b.figure.status !== 'published') {
				return {
					key: b.key,
					label: b.label,
					status: b.figure.status,
					highlight: b.highlight ?? false,
					tone: toneOf(b),
					x,
					y: plot.top,
					w,
					h: round(plot.bottom - plot.top),
					missing: true,
					text: missingLabel(b.figure.status),
					title: `${b.label}: ${STATUS_WORDS[b.figure.status]}`,
					value: { x: cx, y: round(plot.bottom - 8), anchor: 'middle' },
				};
			}
			const y = round(scale(b.figure.value));
			return {
				key: b.key,
				label: b.label,
				status: 'published',
				highlight: b.highlight ?? false,
				tone: toneOf(b),
				x,
				y,
				w,
				h: round(plot.bottom - y),
				missing: false,
				text: fmt(b.figure),
				title: `${b.label}: ${fmt(b.figure)}`,
				// A value wider than its slot (the last bar's, always shown) slides in rather than
				// run off the drawing.
				value: showValue
					? {
							x: clampCentre(cx, textWidth(fmt(b.figure), fontSize, b.highlight === true)),
							y: round(y - 6),
							anchor: 'middle',
						}
					: null,
			};
		});
		// Neighbouring absent years with the same reason share one label, centred over the run,
		// so narrow columns never stack "n/a" on "n/a".
		for (let i = 0; i < laidBars.length;) {
			let j = i;
			while (
				laidBars[i]!.missing &&
				j + 1 < laidBars.length &&
				laidBars[j + 1]!.missing &&
				laidBars[j + 1]!.status === laidBars[i]!.status
			)
				j += 1;
			if (j > i) {
				const first = laidBars[i]!;
				const last = laidBars[j]!;
				first.value = { x: round((first.x + last.x + last.w) / 2), y: round(plot.bottom - 8), anchor: 'middle' };
				for (let k = i + 1; k <= j; k += 1) laidBars[k]!.value = null;
			}
			i = j + 1;
		}
		const categories: BarCategoryLabel[] = bars.flatMap((b, i) =>
			(bars.length - 1 - i) % labelEvery === 0
				? [
						{
							key: b.key,
							lines: [
								{ text: b.label, x: round(band(b.key)! + band.bandwidth() / 2), y: round(plot.bottom + fontSize + 7) },
							],
							anchor: 'middle' as const,
							highlight: b.highlight ?? false,
						},
					]
				: [],
		);
		let breakRule: BarRule | null = null;
		const breakIndex = hasBreak ? bars.findIndex((b) => b.key === options.breakBefore) : -1;
		if (breakIndex > 0) {
			const x = round(band(bars[breakIndex]!.key)! - (step - band.bandwidth()) / 2);
			const labelY = round(plot.top - 8);
			const onRight = x > (plot.left + plot.right) / 2;
			breakRule = {
				line: { x1: x, y1: round(labelY + 4), x2: x, y2: plot.bottom },
				label: options.breakLabel ?? 'Break in series',
				labelX: round(onRight ? x - 4 : x + 4),
				labelY,
				anchor: onRight ? 'end' : 'start',
			};
		}
		const referenceRule: BarRule | null = reference
			? {
					line: { x1: plot.left, y1: round(scale(reference.value)), x2: plot.right, y2: round(scale(reference.value)) },
					label: reference.label,
					labelX: plot.right,
					labelY: round(Math.min(scale(reference.value), plot.bottom) - 6),
					anchor: 'end',
				}
			: null;
		return {
			width,
			height,
			fontSize,
			orientation,
			margin: { top, right, bottom, left },
			plot,
			bars: laidBars,
			categories,
			valueAxis: axisLayout({
				orient: 'left',
				ticks: ticks.map((t) => ({ ...t, position: scale(t.value) })),
				plot,
				fontSize,
			}),
			baseline: { x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom },
			breakRule,
			reference: referenceRule,
			steps: [],
			stepArrows: '',
		};
	}

	// Horizontal: one row per bar, top to bottom in the order given.
	const widestLabel = Math.max(...bars.map((b) => textWidth(b.label, fontSize, b.highlight === true)));
	const above = (options.categoryLabels ?? (widestLabel > width * 0.4 ? 'above' : 'beside')) === 'above';
	const labelMax = above ? width - 16 : width * 0.4;
	const wrapped = bars.map((b) => wrapText(b.label, fontSize, labelMax, b.highlight === true));
	const labelLines = Math.max(...wrapped.map((l) => l.length));
	const top = round(8 + (hasBreak || reference ? fontSize + 6 : 0));
	const bottom = round(fontSize + 16);
	const stages = options.stages ?? false;
	// A chart of stages keeps a gutter on the left for the step numbers and the arrows between them.
	const gutter = stages ? round(textWidth(String(bars.length), fontSize, true) + 18) : 0;
	const left = round(
		above
			? 8 + gutter
			: gutter +
					Math.max(
						...wrapped.flatMap((lines, i) => lines.map((l) => textWidth(l, fontSize, bars[i]!.highlight === true))),
					) +
					14,
	);
	const right = round(widestValue + 14);
	const plot: PlotArea = { left, top, right: round(width - right), bottom: round(height - bottom) };
	const plotWidth = plot.right - plot.left;
	const tickCount = Math.max(2, Math.min(6, Math.floor(plotWidth / 70)));
	if (!options.domain && unit === 'count') scale.nice(tickCount);
	scale.range([plot.left, plot.right]);
	const ticks = valueTicks(scale, tickCount, unit);
	const band = scaleBand<string>()
		.domain(bars.map((b) => b.key))
		.range([plot.top, plot.bottom])
		.paddingInner(above ? 0.15 : 0.3)
		.paddingOuter(0.1);
	// With labels above, each row's label takes the top of its slot and the bar the rest.
	const labelBlock = above ? labelLines * lineHeight + 2 : 0;
	const laidBars = bars.map((b): BarLayoutBar => {
		const slot = band(b.key)!;
		const barTop = slot + labelBlock;
		const barHeight = Math.max(4, band.bandwidth() - labelBlock);
		const cy = barTop + barHeight / 2 + fontSize * 0.35;
		if (b.figure.status !== 'published') {
			return {
				key: b.key,
				label: b.label,
				status: b.figure.status,
				highlight: b.highlight ?? false,
				tone: toneOf(b),
				x: plot.left,
				y: round(barTop),
				w: round(plotWidth),
				h: round(barHeight),
				missing: true,
				text: missingLabel(b.figure.status),
				title: `${b.label}: ${STATUS_WORDS[b.figure.status]}`,
				value: { x: round(plot.left + 6), y: round(cy), anchor: 'start' },
			};
		}
		const end = scale(b.figure.value);
		return {
			key: b.key,
			label: b.label,
			status: 'published',
			highlight: b.highlight ?? false,
			tone: toneOf(b),
			x: plot.left,
			y: round(barTop),
			w: round(end - plot.left),
			h: round(barHeight),
			missing: false,
			text: fmt(b.figure),
			title: `${b.label}: ${fmt(b.figure)}`,
			value: { x: round(end + 6), y: round(cy), anchor: 'start' },
		};
	});
	const categories: BarCategoryLabel[] = bars.map((b, i) => {
		const slot = band(b.key)!;
		const lines = wrapped[i]!;
		if (above) {
			return {
				key: b.key,
				lines: lines.map((text, li) => ({ text, x: plot.left, y: round(slot + fontSize * 0.95 + li * lineHeight) })),
				anchor: 'start',
				highlight: b.highlight ?? false,
			};
		}
		const middle = slot + band.bandwidth() / 2;
		const firstBaseline = middle - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35;
		return {
			key: b.key,
			lines: lines.map((text, li) => ({ text, x: round(plot.left - 8), y: round(firstBaseline + li * lineHeight) })),
			anchor: 'end',
			highlight: b.highlight ?? false,
		};
	});
	// Step numbers sit level with their bars; each arrow runs from under one number to just above
	// the next, its head a small open chevron.
	const stepX = round(gutter / 2);
	const steps = stages
		? laidBars.map((b, i) => ({ text: String(i + 1), x: stepX, y: round(b.y + b.h / 2 + fontSize * 0.35) }))
		: [];
	const stepArrows = steps
		.slice(1)
		.map((next, i) => {
			const from = round(steps[i]!.y + fontSize * 0.35);
			const to = round(next.y - fontSize - 2);
			return to - from < 8
				? ''
				: `M${stepX},${from}V${to}M${stepX - 4},${to - 5}L${stepX},${to}L${stepX + 4},${to - 5}`;
		})
		.join('');
	let breakRule: BarRule | null = null;
	const breakIndex = hasBreak ? bars.findIndex((b) => b.key === options.breakBefore) : -1;
	if (breakIndex > 0) {
		const y = round(band(bars[breakIndex]!.key)! - (band.step() - band.bandwidth()) / 2);
		breakRule = {
			line: { x1: round(plot.left - (above ? 0 : 4)), y1: y, x2: plot.right, y2: y },
			label: options.breakLabel ?? 'Break in series',
			labelX: plot.right,
			labelY: round(y - 4),
			anchor: 'end',
		};
	}
	const referenceRule: BarRule | null = reference
		? {
				line: {
					x1: round(scale(reference.value)),
					y1: round(plot.top - 4),
					x2: round(scale(reference.value)),
					y2: plot.bottom,
				},
				label: reference.label,
				labelX: round(scale(reference.value)),
				labelY: round(plot.top - 8),
				anchor: scale(reference.value) > (plot.left + plot.right) / 2 ? 'end' : 'start',
			}
		: null;
	return {
		width,
		height,
		fontSize,
		orientation,
		margin: { top, right, bottom, left },
		plot,
		bars: laidBars,
		categories,
		valueAxis: axisLayout({ orient: 'bottom', ticks, plot, fontSize, line: false }),
		baseline: { x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom },
		breakRule,
		reference: referenceRule,
		steps,
		stepArrows,
	};
}
