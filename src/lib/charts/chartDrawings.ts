/** Which drawing of a chart this is: one of a wide/narrow pair, or the only one. */
export type DrawingVariant = 'wide' | 'narrow' | 'only';

/** One drawing of a chart, with the id of its SVG title. */
export interface Drawing<Layout> {
	l: Layout;
	variant: DrawingVariant;
	titleId: string;
}

/**
 * The drawings a chart component renders: the wide layout and, when given, the narrow one that
 * CSS shows instead on small screens (ChartSvg.astro); each needs its own title id.
 */
export function chartDrawings<Layout>(layout: Layout, narrow: Layout | null, id: string): Drawing<Layout>[] {
	return narrow
		? [
				{ l: layout, variant: 'wide', titleId: `${id}-title` },
				{ l: narrow, variant: 'narrow', titleId: `${id}-narrow-title` },
			]
		: [{ l: layout, variant: 'only', titleId: `${id}-title` }];
}
