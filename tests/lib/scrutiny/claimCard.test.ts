import { describe, expect, it } from 'vitest';
import { claimCard, claimDateText, claimsForCouncil } from '../../../src/lib/scrutiny/claimCard';
import { siteData } from '../../../src/lib/pageData/siteData';
import { readClaims } from './claimFiles';

const data = siteData;
const claims = readClaims();
const card = (id: string) =>
	claimCard(
		claims.find((c) => c.id === id)!,
		data,
	);

describe('claimCard(claim, data)', () => {
	it.each(claims.map((c) => [c.id, c] as const))(
		'builds %s from the data (every key, figure and quote resolves)',
		(_, claim) => {
			const model = claimCard(claim, data);
			expect(model.evidence.length).toBe(claim.data.evidence.length);
			expect(model.quote.length).toBeGreaterThan(0);
		},
	);

	it("judges Derby's 1,375 transfers 'by the deadline' on DfE's transfers up to 2017 and the January 2018 stock; 2018 is later", () => {
		// Hand-worked from data/raw/dfe-ehcp-2023-release/sen2_mi.csv (Derby, statements transferred):
		// 2014 0 (line 68), 2015 35 (line 1210), 2016 87 (line 1058), 2017 374 (line 906):
		// 0 + 35 + 87 + 374 = 496 by 31 December 2017, all before the 31 March 2018 deadline.
		// sen2_age_caseload.csv line 4084: 627 statements still in place in January 2018, so at most
		// 496 + 627 = 1,123 could have been transferred by the deadline: fewer than 1,375.
		// 2018 (line 754): 595, a calendar year that runs nine months past the deadline, is later:
		// 496 + 595 = 1,091, still fewer than 1,375.
		const m = card('derby-2018-statements-transferred');
		expect(m.claimed).toEqual({
			label: 'Statements transferred to EHC plans',
			valueText: '1,375',
			period: '1 September 2014 to 31 March 2018',
		});
		expect(m.quote).toContain('1,375 Statements');
		expect(m.quoteCitation.where).toBe('000_0bd8644d28c80c7b.txt, line 8');
		expect(m.verdict).toBe('not supported by the published figures');
		const byKey = Object.fromEntries([...m.evidence, ...m.context, ...m.later].map((e) => [e.key, e]));
		expect(m.evidence.map((e) => e.key)).toEqual([
			'sen2-transfers-2014-2017',
			'statements-jan-2018',
			'statements-jan-2014',
		]);
		expect(byKey['sen2-transfers-2014-2017']?.valueText).toBe('496');
		expect(byKey['sen2-transfers-2014-2017']?.parts.map((p) => p.valueText)).toEqual(['0', '35', '87', '374']);
		expect(byKey['statements-jan-2018']?.valueText).toBe('627');
		expect(m.later.map((e) => e.key)).toEqual(['sen2-transfers-2014-2018']);
		expect(byKey['sen2-transfers-2014-2018']?.valueText).toBe('1,091');
		expect(byKey['seed:derby-2017-transfer-rate-to-march-2017-blog']?.valueText).toBe('about 15 a month');
		expect(byKey['seed:derby-2018-transfer-rate-increase-required-january-blog']?.valueText).toBe('10-fold');
	});

	it("judges Derbyshire's 'halved from 160 to 80' on the calendar years its two twelve-month spans touch; 2024 is later", () => {
		// Said 25 October 2023 about the twelve months before, against the twelve before those:
		// late October 2021 to late October 2023, in calendar years 2021, 2022 and 2023.
		// SEND_Tribunals_and_appeal_rate_2014-2024.csv line 63 (Derbyshire), appeals registered:
		// 2021 176, 2022 217, 2023 267: up each year, not halved. Appeal rate 3.6%, 4.0%, 4.0%.
		// 2024: 536 (more than double 267) begins after the claim, so it is later.
		const m = card('derbyshire-2023-tribunals-halved');
		const appeals = m.evidence.find((e) => e.key === 'appeals-2021-2023')!;
		expect(appeals.parts.map((p) => `${p.label} ${p.valueText}`)).toEqual(['2021 176', '2022 217', '2023 267']);
		expect(m.evidence.find((e) => e.key === 'appeal-rate-old-2021-2023')?.parts.map((p) => p.valueText)).toEqual([
			'3.6%',
			'4.0%',
			'4.0%',
		]);
		expect(m.evidence.flatMap((e) => e.parts).some((p) => p.label.includes('2024'))).toBe(false);
		expect(m.later.map((e) => `${e.key} ${e.valueText}`)).toEqual(['appeals-2024 536', 'appeal-rate-old-2024 6.2%']);
	});

	it('refuses an official figure for a period that begins after the claim as evidence for its verdict', () => {
		const halved = claims.find((c) => c.id === 'derbyshire-2023-tribunals-halved')!;
		const withLater = { ...halved, data: { ...halved.data, evidence: ['appeals-2022-2024'] } };
		expect(() => claimCard(withLater, data)).toThrow(
			/"appeals-2022-2024" includes 2024, which begins after the claim \(2023-10-25\); list it under later/,
		);
	});

	it("shows Derby's 53% as stated and DfE's calendar 2018 figure as 11.7% (52 of 444)", () => {
		const m = card('derby-2018-timeliness-within-20-weeks');
		expect(m.claimed?.valueText).toBe('53%');
		const e = m.evidence.find((x) => x.key === 'timeliness-excl-2018')!;
		expect(e.valueText).toBe('11.7%');
		expect(e.parts[0]?.countsText).toBe('52 of 444');
		expect(m.evidence.find((x) => x.key === 'seed:derby-2019-timeliness-20wk-target')?.valueText).toBe(
			'a target of 75%',
		);
	});

	it('reads a quote with no number from the document and finds the line it starts on', () => {
		const m = card('derbyshire-2024-in-line-with-national-average');
		expect(m.claimed).toBeNull();
		expect(m.quoteCitation.where).toBe('001_97ace9dbf0444020.txt, line 49');
		expect(m.dateText).toBe('2024');
		expect(m.measure?.label).toBe('New EHC plans issued within 20 weeks (excluding exceptions)');
	});

	it("labels the LGSCO claim's measure and shows 'more than £20,000' as claimed", () => {
		const m = card('derbyshire-2024-ombudsman-decisions');
		expect(m.claimed?.valueText).toBe('more than £20,000');
		expect(m.measure?.label).toMatch(/Ombudsman/);
		expect(m.evidence.find((e) => e.key === 'lgsco-payments-in-sample')?.valueText).toBe('£4,300');
	});

	it('has no official measure for the complaints claim, and keeps the claimed zero as 0', () => {
		const m = card('derby-2018-no-specific-complaints');
		expect(m.measure).toBeNull();
		expect(m.claimed?.valueText).toBe('0');
		expect(m.evidence[0]?.valueText).toBe('not reported');
	});

	it('throws when a typed quote is not word for word in the document', () => {
		const claim = claims.find((c) => c.id === 'derbyshire-2024-in-line-with-national-average')!;
		expect(() => claimCard({ ...claim, data: { ...claim.data, quote: 'We are the best council' } }, data)).toThrow(
			/not word for word/,
		);
	});

	it("throws when the claim figure comes from another document than the claim's source", () => {
		const claim = claims.find((c) => c.id === 'derby-2018-tribunal-appeals')!;
		expect(() =>
			claimCard({ ...claim, data: { ...claim.data, source: 'seed-002-derby-scrutiny-report' } }, data),
		).toThrow(/comes from "seed-000-derby-blog"/);
	});
});

describe('claimsForCouncil(claims, slug)', () => {
	it("keeps one council's claims, oldest first", () => {
		expect(claimsForCouncil(claims, 'derbyshire').map((c) => c.data.date)).toEqual([
			'2023-10-25',
			'2023-10-25',
			'2023-10-25',
			'2024',
			'2024',
		]);
		expect(claimsForCouncil(claims, 'darlington')).toEqual([]);
	});
});

describe('claimDateText(iso)', () => {
	it.each([
		['2018-07-17', '17 July 2018'],
		['2018-07', 'July 2018'],
		['2024', '2024'],
	])('%s → %s', (iso, text) => {
		expect(claimDateText(iso)).toBe(text);
	});
});

describe('claimEvidence for the national Tribunal keys', () => {
	it('tribunal-council-upheld-2021-22: 3.6% as printed (Schools Week), England, not the council', async () => {
		const { claimEvidence } = await import('~/lib/scrutiny/claimEvidence');
		const { siteData } = await import('~/lib/pageData/siteData');
		const data = siteData;
		const derbyshire = data.councils().find((c) => c.slug === 'derbyshire')!;
		const e = claimEvidence('tribunal-council-upheld-2021-22', derbyshire, data);
		expect(e.value).toEqual({ status: 'published', value: 3.6 });
		expect(e.period).toBe('academic year 2021/22');
		expect(e.note).toContain('does not publish Tribunal outcomes by council');
		const later = claimEvidence('tribunal-council-upheld-2022-23', derbyshire, data);
		// 136 of 7,968 decided appeals, worked out from the two counts.
		expect(later.parts[0]).toMatchObject({ numerator: 136, denominator: 7968 });
		expect(later.value!.value!).toBeCloseTo((136 / 7968) * 100, 6);
	});
});
