import { describe, expect, it } from 'vitest';
import { inspectionLine, ombudsmanLine } from '../../../src/lib/briefing/sheetLines';
import { councilRedress } from '../../../src/lib/pageData/redress/councilRedress';
import { getCouncil, getCouncils, getInspections, getRedress } from '../../../src/lib/data';

describe('ombudsmanLine(council, redress)', () => {
	const line = (slug: string) => {
		const council = getCouncil(slug);
		return ombudsmanLine(council, councilRedress(council, getRedress(), getCouncils().length));
	};

	it("gives Kent's newest year: 63 of 76 upheld (83%), similar councils 89% (the Ombudsman's figures for 2024-25)", () => {
		const kent = line('kent');
		expect(kent.text).toBe(
			"In 2024-25 the Local Government and Social Care Ombudsman upheld 83% of the complaints about Kent it investigated in detail (63 of 76); similar councils 89%. These cover all the council's services, not SEND alone.",
		);
		expect(kent.sources.length).toBeGreaterThan(0);
	});

	it("gives Derbyshire's newest year: 55 of 59 upheld (93%), similar councils 89%", () => {
		expect(line('derbyshire').text).toContain(
			'upheld 93% of the complaints about Derbyshire it investigated in detail (55 of 59); similar councils 89%',
		);
	});

	it("says plainly when the site holds no figures, and points to the Ombudsman's page", () => {
		const scilly = line('isles-of-scilly');
		expect(scilly.text).toBe(
			'The site holds no Ombudsman figures for Isles of Scilly yet; the Ombudsman publishes them.',
		);
		expect(scilly.sources).toHaveLength(1);
	});
});

describe('inspectionLine(council, inspections)', () => {
	it("gives Kent's latest area SEND inspection (2016 framework, published 29 March 2019)", () => {
		const kent = getCouncil('kent');
		expect(inspectionLine(kent, getInspections(kent)).text).toMatch(
			/^Area SEND inspection \(Ofsted and CQC, 2016 framework\), published 29 March 2019: Written statement of action required/,
		);
	});

	it('says when no inspection is in the files', () => {
		const kent = getCouncil('kent');
		expect(inspectionLine(kent, []).text).toBe('No area SEND inspection of Kent appears in the files this site holds.');
	});
});
