import type { ChartData } from './chartPackage';

/**
 * The latest period of a measure that more than half of councils have a row for: a comparison
 * needs them all on one year, and a partial release (a few councils only) is not one.
 */
export function latestWidePeriod(
	measure: string,
	data: Pick<ChartData, 'councils' | 'measureObservations'>,
): string | null {
	const councils = data.councils();
	const codes = new Set(councils.map((c) => c.onsCode));
	const counts = new Map<string, number>();
	for (const o of data.measureObservations(measure))
		if (o.areaType === 'council' && codes.has(o.areaCode)) counts.set(o.period, (counts.get(o.period) ?? 0) + 1);
	return (
		[...counts.entries()]
			.filter(([, n]) => n * 2 > councils.length)
			.map(([p]) => p)
			.sort()
			.at(-1) ?? null
	);
}
