import type { Figure } from '../model/figure';
import { percentOf, type RatioFigure } from './ratio';

/**
 * Refusal rate: initial requests refused in a calendar year ÷ initial requests received that
 * year × 100. This is how DfE computed AssRefusedEHC_pc in sen2_mi.csv (Derby 2018: 63 of 382 =
 * 16.5%), kept for later years so the series is one definition throughout.
 */
export function refusalRate(refusals: Figure, requests: Figure): RatioFigure {
	return percentOf(refusals, requests);
}
