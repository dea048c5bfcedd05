/**
 * Recommended viewBox sizes. Charts scale to 100% of their container, so text in viewBox units
 * shrinks with it: a 640-wide chart on a 320px phone would set 14-unit text at 7px. Pages pass a
 * second, narrow layout that the chart components show below 36em instead (no JavaScript; CSS
 * media query), where 15-unit text renders at about 13px on a 320px screen.
 */
export const CHART_SIZES = {
	wide: { width: 640, height: 360, fontSize: 14 },
	narrow: { width: 340, height: 320, fontSize: 15 },
} as const;
