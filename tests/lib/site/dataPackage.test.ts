import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../../src/lib/site/dataPackage';

describe('dataPackage', () => {
	const descriptor = dataPackage(
		[
			{ path: 'councils/derby/timeliness.csv', header: ['series', 'period', 'value', 'numerator', 'mystery'] },
			{ path: 'england-timeliness.csv', header: ['measure', 'source_url'] },
		],
		{ site: 'https://example.test/' },
	);

	it('is a tabular data package listing every CSV it was given, by path, sorted', () => {
		expect(descriptor.profile).toBe('tabular-data-package');
		expect(descriptor.homepage).toBe('https://example.test/');
		expect(descriptor.resources.map((r) => [r.name, r.path])).toEqual([
			['councils-derby-timeliness', 'councils/derby/timeliness.csv'],
			['england-timeliness', 'england-timeliness.csv'],
		]);
	});

	it('types the columns it knows and leaves others as strings, in the order of the header', () => {
		expect(descriptor.resources[0]?.schema.fields.map((f) => [f.name, f.type])).toEqual([
			['series', 'string'],
			['period', 'string'],
			['value', 'number'],
			['numerator', 'integer'],
			['mystery', 'string'],
		]);
	});
});
