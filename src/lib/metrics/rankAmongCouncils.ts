import * as aq from 'arquero';

/** A council's value for one measure and period. */
export interface RankInput {
	measure: string;
	period: string;
	areaCode: string;
	value: number;
}

/** Where a council's value falls among all councils with a published value that period. */
export interface RankOutput extends RankInput {
	/** 1 = the highest value; tied values share the best rank. */
	rank: number;
	/** How many councils had a published value. */
	of: number;
	/** 1 = the quarter of councils with the highest values, 4 = the lowest. */
	quartile: 1 | 2 | 3 | 4;
}

/**
 * Ranks councils within each measure and period, highest value first. Rank is position only:
 * "highest" is not "best" (a high appeal rate is not good), so pages say which way is which.
 * Councils without a published value are not ranked, rather than ranked as zero.
 */
export function rankAmongCouncils(rows: readonly RankInput[]): RankOutput[] {
	if (rows.length === 0) return [];
	const ranked = aq
		.from(rows as RankInput[])
		.groupby('measure', 'period')
		.orderby('measure', 'period', aq.desc('value'))
		.derive({ rank: aq.op.rank(), of: aq.op.count() })
		.ungroup()
		// Quartile from the tie-aware rank, so equal values never land in different quartiles.
		.derive({
			quartile: (d: { rank: number; of: number }) =>
				d.of <= 1 ? 1 : Math.min(4, Math.floor(((d.rank - 1) / d.of) * 4) + 1),
		})
		.orderby('measure', 'period', 'rank', 'areaCode');
	return ranked.objects() as unknown as RankOutput[];
}
