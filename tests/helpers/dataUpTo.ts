import type { Observation } from '../../src/lib/model/observation';

/** The newest period a test pins, per kind, so hand-checked values do not move when a release arrives. */
export interface UpTo {
	/** Last calendar year kept, e.g. "2024". */
	calendar: string;
	/** Last January census kept, e.g. "2025". */
	january: string;
}

/**
 * A copy of a data view with every series cut at a fixed past period, as the site looked before a
 * newer release. Only periodKind "calendar" and "january" are cut; other kinds pass through.
 */
export function dataUpTo<
	T extends {
		series: (measure: string, areaCode: string) => Observation[];
		measureObservations?: (measure: string) => Observation[];
	},
>(data: T, upTo: UpTo): T {
	const keep = (o: Observation) =>
		o.periodKind === 'calendar'
			? o.period <= upTo.calendar
			: o.periodKind === 'january'
				? o.period <= upTo.january
				: true;
	const all = data.measureObservations;
	return {
		...data,
		series: (m: string, a: string) => data.series(m, a).filter(keep),
		...(all ? { measureObservations: (m: string) => all(m).filter(keep) } : {}),
	};
}
