import { describe, expect, it } from 'vitest';
import { derbyScorecard } from '../../../src/lib/scrutiny/derbyScorecard';
import { siteData } from '../../../src/lib/pageData/siteData';
import { getCouncil } from '../../../src/lib/data';

const data = siteData;
const scorecard = derbyScorecard(getCouncil('derby'), data)!;

describe('derbyScorecard(council, data)', () => {
	it('builds SEND1 to SEND14 in order from the seed figures', () => {
		expect(scorecard.rows.map((r) => r.ref)).toEqual(Array.from({ length: 14 }, (_, i) => `SEND${i + 1}`));
		expect(scorecard.title).toMatch(/^SEND Progress Update Report/);
	});

	it('keeps each value with its as-at date', () => {
		const send1 = scorecard.rows[0]!;
		expect(send1).toMatchObject({
			label: 'EHC plans maintained by the council',
			reported: true,
			asAt: '1 October 2018',
		});
		expect(send1.parts.map((p) => p.text)).toEqual(['2,039']);
		expect(scorecard.rows.find((r) => r.ref === 'SEND6')?.parts[0]?.text).toBe('53%');
		expect(scorecard.rows.find((r) => r.ref === 'SEND14')?.parts[0]?.text).toBe('1');
	});

	it('shows SEND4 as its transition years and total, named by the total row', () => {
		const send4 = scorecard.rows.find((r) => r.ref === 'SEND4')!;
		expect(send4.label).toBe('Children with EHC plans at transition points');
		expect(send4.parts.map((p) => `${p.label} ${p.text}`)).toEqual([
			'nursery 9',
			'Year 2 95',
			'Year 6 125',
			'Year 9 178',
			'Year 11 130',
			'total 537',
		]);
	});

	it('keeps the five "Work in progress" indicators as not reported, never zero, and says so', () => {
		expect(scorecard.notReported.map((r) => r.ref)).toEqual(['SEND5', 'SEND7', 'SEND8', 'SEND9', 'SEND10']);
		expect(
			scorecard.notReported.every((r) =>
				r.parts.every((p) => p.figure.status === 'not_reported' && p.text === 'not reported'),
			),
		).toBe(true);
		expect(scorecard.summary).toBe(
			'5 of the 14 indicators in the council\'s own scorecard were not reported ("Work in progress") at 1 October 2018.',
		);
	});

	it('cites the report, line by line', () => {
		expect(scorecard.rows[0]?.parts[0]?.citation.where).toBe('002_d1d7ea53200f0d67.txt, line 339');
	});

	it('is null for a council with no scorecard in the seeds (Derbyshire)', () => {
		expect(derbyScorecard(getCouncil('derbyshire'), data)).toBeNull();
	});
});

describe('derbyScorecard(council, data).citation', () => {
	it("cites the report's table by the lines its rows start on", () => {
		expect(scorecard.citation.where).toBe('002_d1d7ea53200f0d67.txt, lines 339 to 437');
	});
});
