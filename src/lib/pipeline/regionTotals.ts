import type { Observation } from '../model/observation';
import type { Council } from '../model/council';
import { percentOf } from '../metrics/ratio';
import { absent, published, type Figure } from '../model/figure';

/**
 * Regional figures for sources that publish councils only (the MoJ appeal tables): counts are
 * the sum of the region's councils, rates are recomputed from those sums. If any council's count
 * is missing the regional figure is withheld, never summed from part of the region.
 */
export function regionTotals(
	observations: readonly Observation[],
	councils: readonly Council[],
	spec: { counts: { measure: string }[]; rates: { measure: string; numerator: string; denominator: string }[] },
): Observation[] {
	const regionOf = new Map(councils.map((c) => [c.onsCode, c]));
	const out: Observation[] = [];
	const sums = new Map<string, { figure: Figure; lines: Observation[] }>();
	const keyOf = (measure: string, region: string, period: string) => `${measure}|${region}|${period}`;
	for (const { measure } of spec.counts) {
		const councilsByRegion = new Map<string, number>();
		for (const c of councils) councilsByRegion.set(c.regionCode, (councilsByRegion.get(c.regionCode) ?? 0) + 1);
		const groups = new Map<string, Observation[]>();
		for (const o of observations) {
			if (o.measure !== measure || o.areaType !== 'council') continue;
			const council = regionOf.get(o.areaCode);
			if (!council) continue;
			const k = keyOf(measure, council.regionCode, o.period);
			groups.set(k, [...(groups.get(k) ?? []), o]);
		}
		for (const [k, list] of groups) {
			const [, region = '', period = ''] = k.split('|');
			const complete =
				list.length === councilsByRegion.get(region) && list.every((o) => o.figure.status === 'published');
			const figure = complete ? published(list.reduce((s, o) => s + (o.figure.value ?? 0), 0)) : absent('unavailable');
			sums.set(k, { figure, lines: list });
			const first = list[0]!;
			out.push({
				measure,
				areaType: 'region',
				areaCode: region,
				periodKind: first.periodKind,
				period,
				figure,
				sourceId: first.sourceId,
				file: first.file,
				line: first.line,
				calculation: complete
					? `sum of the region's ${list.length} councils`
					: `not summed: ${list.filter((o) => o.figure.status === 'published').length} of the region's ${councilsByRegion.get(region)} current councils have a published figure for ${period}`,
			});
		}
	}
	for (const rate of spec.rates) {
		for (const [k, top] of sums) {
			const [measure, region = '', period = ''] = k.split('|');
			if (measure !== rate.numerator) continue;
			const bottom = sums.get(keyOf(rate.denominator, region, period));
			if (!bottom) continue;
			const ratio = percentOf(top.figure, bottom.figure);
			const first = bottom.lines[0]!;
			out.push({
				measure: rate.measure,
				areaType: 'region',
				areaCode: region,
				periodKind: first.periodKind,
				period,
				figure: ratio.figure,
				numerator: ratio.numerator,
				denominator: ratio.denominator,
				sourceId: first.sourceId,
				file: first.file,
				line: first.line,
				calculation: `${rate.numerator} ÷ ${rate.denominator} × 100, summed over the region's councils`,
			});
		}
	}
	return out;
}
