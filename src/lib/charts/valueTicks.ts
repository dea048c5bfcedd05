import type { ScaleLinear } from 'd3-scale';
import type { FigureUnit } from '../format/formatFigure';
import { formatCount } from '../format/formatCount';
import { formatPercent } from '../format/formatPercent';

/** Tick values from a linear scale, their positions and labels ("20%", "1,000"). */
export function valueTicks(
	scale: ScaleLinear<number, number>,
	count: number,
	unit: FigureUnit,
): { value: number; position: number; text: string }[] {
	// Counts only ever get whole-number ticks: "0.5 plans" is not a thing.
	const values = scale.ticks(count).filter((v) => unit === 'percent' || Number.isInteger(v));
	// Whole-number percentages print without a decimal ("20%"); otherwise one decimal for all,
	// so a column of tick labels stays aligned ("2.5%", "5.0%").
	const digits = values.every(Number.isInteger) ? 0 : 1;
	return values.map((value) => ({
		value,
		position: scale(value),
		text: unit === 'percent' ? formatPercent(value, { digits }) : formatCount(value),
	}));
}
