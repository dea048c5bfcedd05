import { describe, expect, it } from 'vitest';
import { claimEvidence, isEvidenceKey, sumFigures } from '../../../src/lib/scrutiny/claimEvidence';
import { siteData } from '../../../src/lib/pageData/siteData';
import { getCouncil } from '../../../src/lib/data';

const data = siteData;
const derby = getCouncil('derby');
const derbyshire = getCouncil('derbyshire');
const values = (key: string, council = derbyshire) => claimEvidence(key, council, data).parts.map((p) => p.value.value);

describe('claimEvidence(key, council, data)', () => {
	it("'sen2-transfers-2014-2018' adds up Derby's DfE SEN2 transfers to 1,091, one part per calendar year", () => {
		const e = claimEvidence('sen2-transfers-2014-2018', derby, data);
		expect(e.value).toEqual({ status: 'published', value: 1091 });
		expect(e.unit).toBe('count');
		expect(e.kind).toBe('official');
		expect(e.period).toBe('2014 to 2018');
		expect(e.parts.map((p) => p.label)).toEqual(['2014', '2015', '2016', '2017', '2018']);
		expect(e.observations.every((o) => o.measure === 'statements_transferred' && o.areaCode === 'E06000015')).toBe(
			true,
		);
		expect(new Set(e.citations.map((c) => c.sourceId))).toEqual(new Set(['dfe-ehcp-2023-sen2-mi']));
		expect(e.citations).toHaveLength(5);
	});

	it("'statements-jan-2018' is Derby's 627 statements still in place at the January 2018 census", () => {
		const e = claimEvidence('statements-jan-2018', derby, data);
		expect(e.value).toEqual({ status: 'published', value: 627 });
		expect(e.period).toBe('January 2018');
		expect(e.observations[0]?.sourceId).toBe('dfe-ehcp-2022-age-caseload');
	});

	it("'timeliness-excl-2018' is Derby's 11.7% (52 of 444) and '-england' reads England's figure", () => {
		const e = claimEvidence('timeliness-excl-2018', derby, data);
		expect(e.value).toEqual({ status: 'published', value: 11.7 });
		expect(e.parts[0]).toMatchObject({ numerator: 52, denominator: 444, digits: 1 });
		expect(claimEvidence('timeliness-excl-2018-england', derby, data).label).toMatch(/: England$/);
		expect(claimEvidence('timeliness-excl-2018-region', derby, data).label).toMatch(/: East Midlands$/);
	});

	it("'appeals-2022-2024' is Derbyshire's MoJ appeals registered, 217 → 267 → 536, as a series with no total", () => {
		const e = claimEvidence('appeals-2022-2024', derbyshire, data);
		expect(e.value).toBeNull();
		expect(values('appeals-2022-2024')).toEqual([217, 267, 536]);
		expect(e.citations[0]?.sourceId).toBe('moj-appeal-rate-2014-2024');
	});

	it("'timeliness-excl-2025' is Derbyshire's 5.0% (71 of 1,431) from DfE's 2026 release", () => {
		const e = claimEvidence('timeliness-excl-2025', derbyshire, data);
		expect(e.value).toEqual({ status: 'published', value: 5 });
		expect(e.parts[0]).toMatchObject({ numerator: 71, denominator: 1431 });
		expect(e.observations[0]?.sourceId).toBe('dfe-ehcp-2026-timeliness');
	});

	it("'timeliness-excl-2022-2025' notes the break in series at 2023 and marks that part", () => {
		const e = claimEvidence('timeliness-excl-2022-2025', derbyshire, data);
		expect(e.parts.map((p) => p.breakInSeries)).toEqual([false, true, false, false]);
		expect(e.note).toMatch(/break in series/);
	});

	it("'lgsco-upheld-vs-similar' is Derbyshire's 47 of 55 upheld (85%) beside similar authorities' 85%, then 55 of 59 (93%) beside 89%", () => {
		const e = claimEvidence('lgsco-upheld-vs-similar', derbyshire, data);
		expect(e.kind).toBe('compiled');
		expect(e.parts.map((p) => [p.value.value, p.numerator, p.denominator])).toEqual([
			[85, 47, 55],
			[85, null, null],
			[93, 55, 59],
			[89, null, null],
		]);
		expect(e.parts[1]?.label).toMatch(/^Similar authorities' average, April 2023 to March 2024$/);
		expect(e.note).toMatch(/not SEND-only/);
	});

	it("'lgsco-payments-in-sample' adds up only the payments stated (£4,300 in 3 of Derbyshire's 16 sampled decisions) and says it is a sample", () => {
		const e = claimEvidence('lgsco-payments-in-sample', derbyshire, data);
		expect(e.value).toEqual({ status: 'published', value: 4300 });
		expect(e.parts.map((p) => p.value.value)).toEqual([1000, 1000, 2300]);
		expect(e.note).toMatch(/^A sample of decisions found, not a count: 3 of the 16 sampled decisions/);
	});

	it("'seed:<id>' is a transcribed figure with its quote, qualifier and document line", () => {
		const e = claimEvidence('seed:derby-2018-transfer-rate-required-blog', derby, data);
		expect(e).toMatchObject({
			kind: 'document',
			unit: 'per_month',
			qualifier: 'exact',
			value: { status: 'published', value: 245 },
		});
		expect(e.parts[0]?.quote).toBe('a required rate of 245/month');
		expect(e.citations[0]?.where).toBe('000_0bd8644d28c80c7b.txt, line 25');
	});

	it("'seed:<id>' keeps a 'Work in progress' KPI as not reported, never zero", () => {
		expect(claimEvidence('seed:derby-2018-send7-complaints', derby, data).value).toEqual({
			status: 'not_reported',
			value: null,
		});
	});

	it.each([
		['an unknown form', 'timeliness-2018'],
		['a year the data does not hold', 'timeliness-excl-2030'],
		['an unknown seed id', 'seed:no-such-row'],
	])('throws for %s (%s), so a bad claim fails the build', (_, key) => {
		expect(() => claimEvidence(key, derby, data)).toThrow();
	});

	it('throws for LGSCO statistics a council does not have (Derby)', () => {
		expect(() => claimEvidence('lgsco-upheld-vs-similar', derby, data)).toThrow(/no LGSCO statistics for Derby/);
	});
});

describe('sumFigures(figures)', () => {
	it('is missing, not a partial sum, when any figure is missing', () => {
		expect(
			sumFigures([
				{ status: 'published', value: 3 },
				{ status: 'suppressed', value: null },
			]),
		).toEqual({ status: 'suppressed', value: null });
		expect(
			sumFigures([
				{ status: 'published', value: 3 },
				{ status: 'published', value: 0 },
			]),
		).toEqual({ status: 'published', value: 3 });
	});
});

describe('isEvidenceKey(key)', () => {
	it.each([
		'sen2-transfers-2014-2018',
		'statements-jan-2018',
		'appeals-2022-2024',
		'appeal-rate-old-2014-2018-england',
		'seed:x',
		'lgsco-upheld-vs-similar',
	])('accepts %s', (key) => {
		expect(isEvidenceKey(key)).toBe(true);
	});
	it.each(['appeals', 'timeliness-excl-18', 'lgsco-anything'])('rejects %s', (key) => {
		expect(isEvidenceKey(key)).toBe(false);
	});
});
