import type { FigureStatus } from '../model/figure';

// Short forms drawn on the chart beside a gap; the full words (STATUS_WORDS) go in the marker's
// tooltip, the text alternative and the data table.
const SHORT: Record<Exclude<FigureStatus, 'published'>, string> = {
	unavailable: 'n/a',
	not_applicable: 'n/a',
	suppressed: 'supp.',
	low: '<0.5',
	unreliable: 'unrel.',
	not_reported: 'not rep.',
};

/** The short label drawn on a chart where a figure is absent, e.g. "n/a" or "supp.". */
export function missingLabel(status: Exclude<FigureStatus, 'published'>): string {
	return SHORT[status];
}
