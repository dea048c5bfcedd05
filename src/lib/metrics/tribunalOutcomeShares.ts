import type { CitedSource } from '../model/citedSource';
import type { TribunalNationalRow } from '../model/tribunalNational';
import { formatNumber } from '../format/formatNumber';

/** A share of decided appeals, with how it was read or worked out and where from. */
export interface OutcomeShare {
	/** Percent, unrounded when worked out from counts. */
	value: number;
	/** published: the source prints the share; counts: worked out from two counts; complement: 100 minus the other outcome's share. */
	basis: 'published' | 'counts' | 'complement';
	/** True when the source rounded the figure it prints (e.g. "99%"). */
	rounded: boolean;
	numerator: number | null;
	denominator: number | null;
	/** How the share was worked out, in words; null when it is printed by the source. */
	calculation: string | null;
	source: CitedSource;
	/** The lines of the file the share was read from. */
	lines: number[];
}

/** One academic year's national SEND Tribunal outcomes. */
export interface TribunalOutcomeYear {
	academicYear: string;
	startYear: number;
	/** Appeals decided in the family's favour (fully or partly), as a share of those decided. */
	familyFavour: OutcomeShare | null;
	/** Appeals where the council's decision was upheld, as a share of those decided. */
	councilUpheld: OutcomeShare | null;
}

/**
 * The share of decided appeals won by families and by councils, each academic year. A printed
 * share is used first; then two counts from one source; then the other outcome's share taken from
 * 100 (the MoJ's outcomes of decided appeals are in the family's favour or the council's decision
 * upheld, so the two add to 100: 680 + 108 = 788 in 2014/15, Parliamentary answer 29 October 2018).
 */
export function tribunalOutcomeShares(rows: readonly TribunalNationalRow[]): TribunalOutcomeYear[] {
	const years = [...new Set(rows.map((r) => r.academicYear))].sort();
	return years.flatMap((academicYear) => {
		const inYear = rows.filter((r) => r.academicYear === academicYear);
		const find = (measure: TribunalNationalRow['measure']) => inYear.find((r) => r.measure === measure);
		const printed = (row: TribunalNationalRow | undefined): OutcomeShare | null =>
			row
				? {
						value: row.value,
						basis: 'published',
						rounded: row.rounded,
						numerator: null,
						denominator: null,
						calculation: null,
						source: row.source,
						lines: [row.line],
					}
				: null;
		const fromCounts = (top: TribunalNationalRow | undefined, what: string): OutcomeShare | null => {
			if (!top) return null;
			// The denominator must come from the same publication as the numerator.
			const bottom = [find('appeals_decided_national'), find('appeals_decided_at_hearing')].find(
				(r) => r?.source.url === top.source.url && r.value > 0,
			);
			if (!bottom) return null;
			return {
				value: (top.value / bottom.value) * 100,
				basis: 'counts',
				rounded: false,
				numerator: top.value,
				denominator: bottom.value,
				calculation: `${formatNumber(top.value)} ${what} ÷ ${formatNumber(bottom.value)} appeals decided × 100`,
				source: top.source,
				lines: [top.line, bottom.line],
			};
		};
		const complement = (other: OutcomeShare | null, what: string): OutcomeShare | null =>
			other
				? {
						value: 100 - other.value,
						basis: 'complement',
						rounded: other.rounded,
						numerator: null,
						denominator: null,
						calculation: `100% − ${formatNumber(other.value, { minDigits: 1, maxDigits: 1 })}% ${what}`,
						source: other.source,
						lines: other.lines,
					}
				: null;
		const favourOwn =
			printed(find('pct_decided_in_favour_of_appellant')) ??
			fromCounts(find('decided_in_favour_of_appellant_national'), 'decided in the family’s favour');
		const upheldOwn =
			printed(find('pct_decided_la_decision_upheld')) ??
			fromCounts(find('decided_la_decision_upheld_national'), 'with the council’s decision upheld');
		const familyFavour = favourOwn ?? complement(upheldOwn, 'with the council’s decision upheld');
		const councilUpheld = upheldOwn ?? complement(favourOwn, 'decided in the family’s favour');
		if (!familyFavour && !councilUpheld) return [];
		return [{ academicYear, startYear: Number(academicYear.slice(0, 4)), familyFavour, councilUpheld }];
	});
}
