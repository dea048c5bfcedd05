import { describe, expect, it } from 'vitest';
import { withSource } from '~/lib/pageData/withSource';
import { getSource, getTimescales } from '~/lib/data';

describe('withSource(rows, source)', () => {
	it('gives each statutory step the source row its source_id names, keeping the step as it was', () => {
		const steps = getTimescales();
		const cited = withSource(steps, getSource);
		expect(cited).toHaveLength(steps.length);
		for (const [i, step] of cited.entries()) {
			expect(step.source.id).toBe(step.sourceId);
			expect({ ...step, source: undefined }).toEqual({ ...steps[i], source: undefined });
		}
	});

	it('lets an unknown id fail as the lookup fails, never dropping the row', () => {
		const lookup = (id: string) => {
			throw new Error(`no source ${id}`);
		};
		expect(() => withSource([{ sourceId: 'no-such-source' }], lookup)).toThrow('no source no-such-source');
	});
});
