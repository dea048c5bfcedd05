import type { Observation } from '../model/observation';

/** Sorts observations into one stable order, so derived files diff cleanly between builds. */
export function sortObservations(observations: Observation[]): Observation[] {
	const areaOrder = { england: 0, region: 1, council: 2 } as const;
	return observations.sort(
		(a, b) =>
			a.measure.localeCompare(b.measure) ||
			areaOrder[a.areaType] - areaOrder[b.areaType] ||
			a.areaCode.localeCompare(b.areaCode) ||
			a.period.localeCompare(b.period),
	);
}
