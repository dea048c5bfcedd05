// What a family can do when a council is late or says no (data/reference/redress-routes.csv and
// family-options.csv), each route citing the law that gives it.

/** A way to challenge a council: complaint, mediation, appeal, Ombudsman. */
export interface RedressRoute {
	line: number;
	id: string;
	route: string;
	/** The time limit, or null when the law sets none. */
	timeLimit: { value: number; unit: 'days' | 'weeks' | 'months'; countedFrom: string } | null;
	sourceId: string;
	provision: string;
	explanation: string;
}

/** What a family can do at one statutory step when the council is late, says no, or they disagree. */
export interface FamilyOption {
	line: number;
	stepId: string;
	situation: 'late' | 'refused' | 'disagree';
	routeIds: string[];
	advice: string;
}
