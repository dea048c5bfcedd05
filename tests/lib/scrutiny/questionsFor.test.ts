import { describe, expect, it } from 'vitest';
import { LGSCO_SCRUTINY_QUESTIONS, questionsFor } from '../../../src/lib/scrutiny/questionsFor';
import { siteData } from '../../../src/lib/pageData/siteData';
import { getCouncil, getCouncils } from '../../../src/lib/data';
import { readClaims } from './claimFiles';

const data = siteData;
const claims = readClaims();

describe('questionsFor(council, data, claims)', () => {
	it('runs every rule for Derby', () => {
		expect(questionsFor(getCouncil('derby'), data, claims).questions.map((q) => q.id)).toEqual([
			'over-a-year-above-england',
			'refusal-rate-top-quartile',
			'kpi-not-reported',
			'claim-not-supported',
			'conversion-incomplete',
		]);
	});

	it('runs every rule for Derbyshire', () => {
		expect(questionsFor(getCouncil('derbyshire'), data, claims).questions.map((q) => q.id)).toEqual([
			'timeliness-below-england',
			'timeliness-fell',
			// 2025: 1,352 of 2,682 requests refused (50.4%; requests_2026release_la.csv line 63).
			'refusal-rate-top-quartile',
			'plans-growth-above-england',
			'claim-not-supported',
			'conversion-incomplete',
		]);
	});

	it("always links to the Ombudsman's generic scrutiny questions", () => {
		const { lgsco } = questionsFor(getCouncil('darlington'), data, claims);
		expect(lgsco).toBe(LGSCO_SCRUTINY_QUESTIONS);
		expect(lgsco.url).toBe('https://www.lgo.org.uk/information-centre/reports/scrutiny-questions');
	});

	it('gives every question, for every council, at least one figure with a period and a source', () => {
		for (const council of getCouncils()) {
			for (const q of questionsFor(council, data, claims).questions) {
				expect(q.figures.length, `${council.name} ${q.id}`).toBeGreaterThan(0);
				for (const f of q.figures) {
					expect(f.period.length).toBeGreaterThan(0);
					expect(f.citation.label.length).toBeGreaterThan(0);
				}
			}
		}
	});
});
