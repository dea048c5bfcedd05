import { scaleLinear } from 'd3-scale';

/** One step of the statutory timeline as the layout needs it. */
export interface TimelineStepInput {
	id: string;
	step: string;
	weeksFromRequest: number | null;
	days: number | null;
}

export interface TimelineLayout {
	width: number;
	height: number;
	axisY: number;
	x0: number;
	x1: number;
	marks: { id: string; x: number; labelY: number; weeks: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
	/** A span drawn before the final mark for steps counted in days (the draft's comment period). */
	spans: { id: string; x: number; width: number; y: number; label: string }[];
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Lays out the statutory EHC timeline on a weeks axis: a mark for each step with a week limit,
 * and a span ending at the final plan for a step given in days (days ÷ 7 weeks wide).
 */
export function timelineLayout(steps: readonly TimelineStepInput[], width = 360): TimelineLayout {
	const weeks = steps.filter((s) => s.weeksFromRequest !== null).map((s) => s.weeksFromRequest!);
	const last = Math.max(...weeks);
	const x = scaleLinear()
		.domain([0, last])
		.range([24, width - 24]);
	const axisY = 50;
	const marks = steps
		.filter((s) => s.weeksFromRequest !== null)
		.map((s, i) => {
			const w = s.weeksFromRequest!;
			const anchor: 'start' | 'middle' | 'end' = w === 0 ? 'start' : w === last ? 'end' : 'middle';
			// Alternate labels below and above the axis, so close limits (16 and 20 weeks) never overlap.
			return {
				id: s.id,
				x: round(x(w)),
				labelY: i % 2 === 0 ? axisY + 32 : axisY - 16,
				weeks: w,
				label: s.step,
				anchor,
			};
		});
	const spans = steps
		.filter((s) => s.days !== null)
		.map((s) => {
			const span = s.days! / 7;
			return {
				id: s.id,
				x: round(x(last - span)),
				width: round(x(last) - x(last - span)),
				y: axisY + 10,
				label: s.step,
			};
		});
	return { width, height: 100, axisY, x0: round(x(0)), x1: round(x(last)), marks, spans };
}
