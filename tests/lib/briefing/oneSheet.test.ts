import { describe, expect, it } from 'vitest';
import { oneSheet, questionFigures, SHEET_QUESTIONS } from '../../../src/lib/briefing/oneSheet';
import { siteData } from '../../../src/lib/pageData/siteData';
import { getCouncil } from '../../../src/lib/data';
import { readClaims } from '../scrutiny/claimFiles';

const data = siteData;
const site = new URL('https://send.example.org');
const claims = readClaims();
const sheet = (slug: string) => oneSheet(getCouncil(slug), data, { site, claims });

describe('oneSheet(council, data, options)', () => {
	const derby = sheet('derby');

	it("prints the council page's full address on the site's public origin", () => {
		expect(derby.pageUrl).toBe('https://send.example.org/councils/derby/');
		expect(derby.claimsUrl).toBe('https://send.example.org/councils/derby/claims/');
	});

	it('keeps the five questions that matter most, in rule order, and counts the rest', () => {
		expect(derby.questions.length).toBeLessThanOrEqual(SHEET_QUESTIONS);
		expect(derby.questionCount).toBeGreaterThanOrEqual(derby.questions.length);
		// Derby 2025: 55 of 519 new plans (10.6%) took over a year, England 10.1% (DfE 2026 release).
		expect(derby.questions[0]?.text).toContain('10.6%');
		expect(derby.questions[0]?.figures).toContain('10.6%');
	});

	it("lists Derby's four claims with their verdicts, and none for Kent", () => {
		expect(derby.claims.map((c) => c.verdict)).toEqual([
			'cannot be checked',
			'not supported by the published figures',
			'different measure',
			'cannot be checked',
		]);
		expect(sheet('kent').claims).toEqual([]);
	});

	it('names every source with its full address, each address once', () => {
		const urls = derby.sources.flatMap((s) => (s.url ? [s.url] : []));
		expect(new Set(urls).size).toBe(urls.length);
		expect(urls).toContain(
			'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans',
		);
	});

	it('draws the timeliness chart', () => {
		expect(derby.chart?.id).toBe('timeliness');
	});
});

describe('questionFigures(question)', () => {
	it("prints a question's first two figures and each source once", () => {
		// A synthetic source row: only the citation's label is printed here.
		const source = {
			id: 's',
			kind: 'statistics',
			publisher: 'DfE',
			title: 'EHC plans',
			published: '2025-06-26',
			url: '',
			release: '2025',
			file: 's.csv',
			licence: 'OGL-UK-3.0',
			note: '',
		};
		const figure = (label: string, valueText: string) => ({
			label,
			figure: { status: 'published' as const, value: 1 },
			valueText,
			period: '2025',
			citation: { sourceId: 's', source, label: 'DfE, EHC plans', url: null, where: null, calculation: null },
		});
		const q = { id: 'q', text: 'Why?', why: '', figures: [figure('A', '1%'), figure('B', '2%'), figure('C', '3%')] };
		expect(questionFigures(q)).toBe('A, 2025: 1%; B, 2025: 2% (DfE, EHC plans)');
	});
});
