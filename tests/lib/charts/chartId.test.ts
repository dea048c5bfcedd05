import { describe, expect, it } from 'vitest';
import { chartId } from '../../../src/lib/charts/chartId';

describe('chartId(text)', () => {
	// FNV-1a 32-bit test vectors from the algorithm's reference (Fowler, Noll, Vo; IETF
	// draft-eastlake-fnv, appendix): "" → 811c9dc5, "a" → e40c292c, "foobar" → bf9cf968.
	it.each([
		['', 'chart-811c9dc5'],
		['a', 'chart-e40c292c'],
		['foobar', 'chart-bf9cf968'],
	])('chartId(%j) is %s', (text, id) => {
		expect(chartId(text)).toBe(id);
	});

	it('is distinct for distinct text', () => {
		expect(chartId('Derby')).not.toBe(chartId('Derbyshire'));
	});
});
