import type { Page } from 'playwright-core';

/** One problem found with the text of a chart as Chromium draws it. */
export interface ChartLabelProblem {
	chart: string;
	kind: 'overlap' | 'overflow' | 'narrow' | 'small-text';
	detail: string;
}

/** What was measured on one page at one viewport width. */
export interface ChartLabelReport {
	charts: number;
	labels: number;
	problems: ChartLabelProblem[];
}

/**
 * Measures every text label of every visible chart SVG on the page, as drawn: pairs of labels
 * whose boxes overlap, labels that leave their chart, charts narrower than `minShare` of their
 * figure, and text rendered smaller than `minFontPx`. A multi-line label is measured line by
 * line (each tspan, and the text before the first), so lines of one label never count as
 * overlapping each other. (No named inner functions: tsx's keepNames would wrap them in a helper the page
 * does not have.) Boxes may touch: overlaps under `tolerance` px are ignored, since
 * text boxes include the font's ascent and descent above and below the glyphs.
 */
export async function measureChartLabels(
	page: Page,
	options: { minShare?: number; minFontPx?: number; tolerance?: number } = {},
): Promise<ChartLabelReport> {
	const { minShare = 0, minFontPx = 0, tolerance = 1 } = options;
	return page.evaluate(
		({ minShare, minFontPx, tolerance }) => {
			interface B {
				l: number;
				t: number;
				r: number;
				b: number;
				text: string;
			}
			const problems: { chart: string; kind: 'overlap' | 'overflow' | 'narrow' | 'small-text'; detail: string }[] = [];
			let labels = 0;
			const svgs = [...document.querySelectorAll<SVGSVGElement>('svg[role="img"]')].filter(
				(s) => s.getBoundingClientRect().width > 0,
			);
			for (const svg of svgs) {
				const chart = svg.getAttribute('aria-labelledby') ?? svg.id ?? 'chart';
				const box = svg.getBoundingClientRect();
				const figure = svg.closest('figure');
				if (minShare > 0 && figure) {
					const share = box.width / figure.getBoundingClientRect().width;
					if (share < minShare)
						problems.push({ chart, kind: 'narrow', detail: `${Math.round(share * 100)}% of its figure` });
				}
				const boxes: B[] = [];
				for (const text of svg.querySelectorAll('text')) {
					const parts: B[] = [];
					const tspans = [...text.querySelectorAll('tspan')];
					if (tspans.length === 0) {
						const r = text.getBoundingClientRect();
						parts.push({ l: r.left, t: r.top, r: r.right, b: r.bottom, text: text.textContent?.trim() ?? '' });
					} else {
						for (const node of text.childNodes) {
							if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
							const range = document.createRange();
							range.selectNodeContents(node);
							const r = range.getBoundingClientRect();
							parts.push({ l: r.left, t: r.top, r: r.right, b: r.bottom, text: node.textContent.trim() });
						}
						for (const t of tspans) {
							const r = t.getBoundingClientRect();
							parts.push({ l: r.left, t: r.top, r: r.right, b: r.bottom, text: t.textContent?.trim() ?? '' });
						}
					}
					const px = parseFloat(getComputedStyle(text).fontSize) * (box.width / svg.viewBox.baseVal.width || 1);
					if (minFontPx > 0 && px < minFontPx)
						problems.push({
							chart,
							kind: 'small-text',
							detail: `"${text.textContent?.trim() ?? ''}" at ${px.toFixed(1)}px`,
						});
					boxes.push(...parts.filter((p) => p.r - p.l > 0));
				}
				labels += boxes.length;
				for (const b of boxes) {
					if (
						b.l < box.left - tolerance ||
						b.r > box.right + tolerance ||
						b.t < box.top - tolerance ||
						b.b > box.bottom + tolerance
					)
						problems.push({
							chart,
							kind: 'overflow',
							detail: `"${b.text}" [${Math.round(b.l)},${Math.round(b.t)},${Math.round(b.r)},${Math.round(b.b)}] outside [${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.right)},${Math.round(box.bottom)}]`,
						});
				}
				for (let i = 0; i < boxes.length; i++) {
					for (let j = i + 1; j < boxes.length; j++) {
						const a = boxes[i]!;
						const c = boxes[j]!;
						const w = Math.min(a.r, c.r) - Math.max(a.l, c.l);
						const h = Math.min(a.b, c.b) - Math.max(a.t, c.t);
						if (w > tolerance && h > tolerance * 3)
							problems.push({
								chart,
								kind: 'overlap',
								detail: `"${a.text}" and "${c.text}" (${Math.round(w)}×${Math.round(h)} px)`,
							});
					}
				}
			}
			return { charts: svgs.length, labels, problems };
		},
		{ minShare, minFontPx, tolerance },
	);
}
