import { describe, expect, it } from 'vitest';
import { glossaryLinks } from '~/lib/pageData/glossaryLinks';

describe('glossaryLinks(parts, linked)', () => {
	it('links the first use of a term and leaves later uses as text', () => {
		const linked = new Set<string>();
		const out = glossaryLinks(
			[
				{ kind: 'text', text: 'Derby maintained ' },
				{ kind: 'figure', text: '3,735', measure: 'plans_in_place', href: '#x' },
				{ kind: 'text', text: ' EHC plans; more EHC plans than before' },
			],
			linked,
		);
		expect(out).toEqual([
			{ kind: 'text', text: 'Derby maintained ' },
			{ kind: 'figure', text: '3,735', measure: 'plans_in_place', href: '#x' },
			{ kind: 'text', text: ' ' },
			{ kind: 'term', text: 'EHC plans', anchor: 'ehc-plan' },
			{ kind: 'text', text: '; more EHC plans than before' },
		]);
		expect(linked.has('ehc-plan')).toBe(true);
	});

	it('does not link a term already linked higher on the page', () => {
		const out = glossaryLinks([{ kind: 'text', text: 'an EHC plan' }], new Set(['ehc-plan']));
		expect(out).toEqual([{ kind: 'text', text: 'an EHC plan' }]);
	});
});
