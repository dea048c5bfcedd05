import type { StatutoryStep } from '../model/statutoryStep';
import type { FamilyOption, RedressRoute } from '../model/redressRoute';

/** What a family can do in one situation at one step, with the routes spelled out. */
export interface StepOption {
	situation: FamilyOption['situation'];
	heading: string;
	advice: string;
	routes: RedressRoute[];
}

/** One statutory step, what the law requires, and what a family can do about it. */
export interface StepWithOptions {
	step: StatutoryStep;
	/** "By week 6" or "At least 15 days": from the step's own figures. */
	when: string;
	options: StepOption[];
}

// Headings in the words a parent would use, in the order the page shows them.
const SITUATIONS: Record<FamilyOption['situation'], string> = {
	late: 'If the council is late',
	refused: 'If the council says no',
	disagree: 'If you disagree',
};
const ORDER: FamilyOption['situation'][] = ['late', 'refused', 'disagree'];

/** When a step falls, in words, from its weeks from the request or its days. */
export function stepWhen(step: StatutoryStep): string {
	if (step.weeksFromRequest === 0) return 'Week 0';
	if (step.weeksFromRequest !== null) return `By week ${step.weeksFromRequest}`;
	return `At least ${step.days} days`;
}

/** "2 months from the date of …" from a route's time limit, or null when the law sets none. */
export function timeLimitText(route: RedressRoute): string | null {
	if (!route.timeLimit) return null;
	const { value, unit, countedFrom } = route.timeLimit;
	const units = value === 1 ? unit.replace(/s$/, '') : unit;
	return `within ${value} ${units} of ${countedFrom}`;
}

/** The statutory steps in order, each with the family's options from data/reference/family-options.csv. */
export function waitingForAPlan(
	steps: readonly StatutoryStep[],
	options: readonly FamilyOption[],
	routes: readonly RedressRoute[],
): StepWithOptions[] {
	const byId = new Map(routes.map((r) => [r.id, r]));
	return steps.map((step) => ({
		step,
		when: stepWhen(step),
		options: options
			.filter((o) => o.stepId === step.id)
			.sort((a, b) => ORDER.indexOf(a.situation) - ORDER.indexOf(b.situation))
			.map((o) => ({
				situation: o.situation,
				heading: SITUATIONS[o.situation],
				advice: o.advice,
				routes: o.routeIds.map((id) => {
					const route = byId.get(id);
					if (!route) throw new Error(`unknown redress route "${id}" for step ${step.id}`);
					return route;
				}),
			})),
	}));
}
