/** One step of the statutory EHC timeline, with the law that sets it. */
export interface StatutoryStep {
	id: string;
	step: string;
	weeksFromRequest: number | null;
	days: number | null;
	sourceId: string;
	provision: string;
	explanation: string;
}
