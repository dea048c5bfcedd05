import { describe, expect, it } from 'vitest';
import {
	findCouncilByCode,
	getCouncil,
	getDistricts,
	getFamilyOptions,
	getHexes,
	getRedressRoutes,
	getSource,
	getTimescales,
} from '~/lib/data';

// The one validated reader of data/derived, checked against rows read by hand.
describe('src/lib/data.ts: the site reads data/derived through one validated reader', () => {
	it("finds Derbyshire by slug and by ONS code (data/derived/councils.csv: E10000007, DfE 830, 'derbyshire')", () => {
		expect(getCouncil('derbyshire')).toMatchObject({ onsCode: 'E10000007', dfeCode: '830', name: 'Derbyshire' });
		expect(findCouncilByCode('E10000007')?.slug).toBe('derbyshire');
		expect(findCouncilByCode('E99999999')).toBeUndefined();
	});

	it('fails on an unknown slug, so a bad link fails the build', () => {
		expect(() => getCouncil('nowhere-at-all')).toThrow();
	});

	it('puts Chesterfield inside Derbyshire (ONS lookup, April 2025: E07000034 → E10000007)', () => {
		expect(getDistricts().find((d) => d.name === 'Chesterfield')).toMatchObject({
			onsCode: 'E07000034',
			councilOnsCode: 'E10000007',
		});
	});

	it('gives Derbyshire one hex on the map', () => {
		expect(getHexes().filter((h) => h.councilOnsCode === 'E10000007')).toHaveLength(1);
	});

	it('reads the 20-week limit for the final plan from the SEND Regulations 2014, regulation 13(2)', () => {
		expect(getTimescales().find((s) => s.id === 'final-plan')).toMatchObject({
			weeksFromRequest: 20,
			sourceId: 'send-regulations-2014',
			provision: 'regulation 13(2)',
		});
	});

	it('every redress route cites a listed source, and every family option names known routes', () => {
		const routes = getRedressRoutes();
		expect(routes.length).toBeGreaterThan(0);
		for (const r of routes) expect(getSource(r.sourceId).id).toBe(r.sourceId);
		const ids = new Set(routes.map((r) => r.id));
		for (const o of getFamilyOptions()) for (const id of o.routeIds) expect(ids.has(id)).toBe(true);
	});
});
