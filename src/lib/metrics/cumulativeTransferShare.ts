import { absent, type Figure } from '../model/figure';
import { percentOf, type RatioFigure } from './ratio';

/** One calendar year's statement transfers. */
export interface YearTransfers {
	year: number;
	transferred: Figure;
}

/**
 * Cumulative transfers from the first year to each year, as a share of the statements in place
 * at the start (the January 2014 census). A year with no published count breaks the running
 * total: every later share is withheld rather than computed from a partial sum.
 */
export function cumulativeTransferShare(
	years: readonly YearTransfers[],
	statementsAtStart: Figure,
): { year: number; share: RatioFigure }[] {
	const out: { year: number; share: RatioFigure }[] = [];
	let total = 0;
	let broken: Exclude<Figure['status'], 'published'> | null = null;
	for (const { year, transferred } of [...years].sort((a, b) => a.year - b.year)) {
		if (broken === null && transferred.status !== 'published') broken = transferred.status;
		if (broken !== null || transferred.status !== 'published') {
			out.push({ year, share: { figure: absent(broken ?? 'unavailable'), numerator: null, denominator: null } });
			continue;
		}
		total += transferred.value;
		out.push({ year, share: percentOf({ status: 'published', value: total }, statementsAtStart) });
	}
	return out;
}
