import type { Council } from '../model/council';
import type { Figure } from '../model/figure';
import type { Measure } from '../model/measure';
import { formatFigure } from '../format/formatFigure';
import { latestWidePeriod } from './charts/latestWidePeriod';
import type { ChartData } from './charts/chartPackage';

/** One line of the comparison: a council (or England) and its figure. */
export interface NeighbourLine {
	name: string;
	/** Link target, or null for England. */
	slug: string | null;
	isThisCouncil: boolean;
	figure: Figure;
	text: string;
}

export interface NeighbourComparison {
	measure: Measure;
	period: string;
	/** The council and its statistical neighbours, highest first; no figure last, never as zero. */
	lines: NeighbourLine[];
	england: NeighbourLine | null;
	/** Where the council sits among those with a figure (1 = highest), and how many there are. */
	place: { place: number; of: number } | null;
}

const MEASURE = 'timeliness_20wk_excl';

/**
 * The council beside its ten statistical neighbours (DfE's most similar councils) on the 20-week
 * measure, in the same year as the all-councils comparison: shown, not folded away, because it is
 * the comparison a councillor asks for first. Context, not a league table.
 */
export function neighbourComparison(
	council: Council,
	data: Pick<ChartData, 'measure' | 'series' | 'councils' | 'measureObservations' | 'neighbours'>,
): NeighbourComparison | null {
	const neighbours = data.neighbours(council);
	const period = latestWidePeriod(MEASURE, data);
	if (neighbours.length === 0 || !period) return null;
	const measure = data.measure(MEASURE);
	const figureOf = (code: string): Figure =>
		data.series(MEASURE, code).find((o) => o.period === period)?.figure ?? { status: 'unavailable', value: null };
	const lines = [council, ...neighbours].map((c) => {
		const figure = figureOf(c.onsCode);
		return {
			name: c.name,
			slug: c.slug,
			isThisCouncil: c.onsCode === council.onsCode,
			figure,
			text: formatFigure(figure, measure.unit),
		};
	});
	const value = (l: NeighbourLine) => (l.figure.status === 'published' ? l.figure.value : null);
	lines.sort((a, b) => {
		const va = value(a);
		const vb = value(b);
		if (va === null || vb === null) return (va === null ? 1 : 0) - (vb === null ? 1 : 0);
		return vb - va;
	});
	const published = lines.filter((l) => value(l) !== null);
	const index = published.findIndex((l) => l.isThisCouncil);
	const englandFigure = figureOf('E92000001');
	return {
		measure,
		period,
		lines,
		england: {
			name: 'England',
			slug: null,
			isThisCouncil: false,
			figure: englandFigure,
			text: formatFigure(englandFigure, measure.unit),
		},
		place: index >= 0 ? { place: index + 1, of: published.length } : null,
	};
}
