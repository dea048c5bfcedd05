import { describe, expect, it } from 'vitest';
import { chartId } from '../../../src/lib/charts/chartId';

describe('chartId(text)', () => {
	it('is stable, distinct for distinct text, and a valid id', () => {
		expect(chartId('Derby')).toBe(chartId('Derby'));
		expect(chartId('Derby')).not.toBe(chartId('Derbyshire'));
		expect(chartId('Derby')).toMatch(/^chart-[0-9a-f]{8}$/);
	});
});
