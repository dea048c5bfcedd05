import { describe, expect, it } from 'vitest';
import { ombudsmanSummary, SAMPLE_CAVEAT } from '../../../src/lib/scrutiny/ombudsmanSummary';
import { siteData } from '../../../src/lib/pageData/siteData';
import { getCouncil } from '../../../src/lib/data';

const data = siteData;
const derbyshire = ombudsmanSummary(getCouncil('derbyshire'), data)!;

describe('ombudsmanSummary(council, data)', () => {
	it("sets Derbyshire's upheld rate beside similar authorities' average for each year", () => {
		expect(
			derbyshire.years.map((y) => [
				y.period,
				y.upheld.text,
				y.investigated.text,
				y.upheldPct.text,
				y.similarUpheldPct.text,
				y.comparison,
			]),
		).toEqual([
			['April 2023 to March 2024', '47', '55', '85%', '85%', 'the same as'],
			['April 2024 to March 2025', '55', '59', '93%', '89%', 'higher than'],
		]);
		expect(derbyshire.years[0]?.scope).toBe('all service areas (not SEND-only)');
	});

	it('shows compliance and satisfactory remedy where seen, and "not seen" (never 0) where not', () => {
		const [y1, y2] = derbyshire.years;
		expect([y1?.compliancePct.text, y1?.satisfactoryRemedyPct.text, y1?.similarSatisfactoryRemedyPct.text]).toEqual([
			'100%',
			'6%',
			'7%',
		]);
		expect([y2?.compliancePct.text, y2?.satisfactoryRemedyPct.text]).toEqual(['not seen', 'not seen']);
		expect(y2?.compliancePct.figure).toEqual({ status: 'unavailable', value: null });
	});

	it('lists each sampled decision with its outcome, date, remedy and link, newest first', () => {
		expect(derbyshire.decisions).toHaveLength(16);
		expect(derbyshire.decisions[0]).toMatchObject({
			caseRef: '24 017 128',
			outcome: 'Upheld',
			dateText: '24 November 2025',
		});
		const inferred = derbyshire.decisions.find((d) => d.caseRef === '24 014 683')!;
		expect(inferred).toMatchObject({
			dateText: 'no date given',
			remedy: '£1,000',
			url: 'https://www.lgo.org.uk/decisions/education/special-educational-needs/24-014-683',
		});
		expect(inferred.outcomeNote).toMatch(/outcome read from the decision's summary/);
	});

	it('adds up payments only where an amount is stated, with the sample caveat', () => {
		expect(derbyshire.payments).toMatchObject({
			stated: 3,
			of: 16,
			total: { figure: { status: 'published', value: 4300 }, text: '£4,300' },
		});
		expect(derbyshire.payments.text).toMatch(/left out, not counted as nothing/);
		expect(derbyshire.caveat).toBe(SAMPLE_CAVEAT);
		expect(SAMPLE_CAVEAT).toMatch(/^A sample of decisions found, not a count/);
	});

	it('gives Derby its sampled decisions but no statistics, and no sum when no amount is stated', () => {
		const derby = ombudsmanSummary(getCouncil('derby'), data)!;
		expect(derby.years).toEqual([]);
		expect(derby.decisions).toHaveLength(6);
		expect(derby.payments.total).toBeNull();
		expect(derby.payments.text).toMatch(/^None of the 6 sampled decisions states an amount/);
	});

	it('is null for a council with no LGSCO data (Darlington)', () => {
		expect(ombudsmanSummary(getCouncil('darlington'), data)).toBeNull();
	});
});
