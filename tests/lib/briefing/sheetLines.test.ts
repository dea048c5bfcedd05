import { describe, expect, it } from 'vitest';
import { inspectionLine, ombudsmanLine } from '../../../src/lib/briefing/sheetLines';
import { ombudsmanSummary } from '../../../src/lib/scrutiny/ombudsmanSummary';
import { scrutinyData } from '../../../src/lib/scrutiny/scrutinyData';
import { getCouncil, getInspections } from '../../../src/lib/data';

const data = scrutinyData();

describe('ombudsmanLine(council, summary)', () => {
	it("gives Derbyshire's newest year: 55 of 59 upheld (93%), similar councils 89% (LGSCO statistics page, 2024-25)", () => {
		const derbyshire = getCouncil('derbyshire');
		const line = ombudsmanLine(derbyshire, ombudsmanSummary(derbyshire, data));
		expect(line.text).toBe(
			'In April 2024 to March 2025 the Local Government and Social Care Ombudsman upheld 93% of the complaints about Derbyshire it investigated in detail (55 of 59; all service areas (not SEND-only)), higher than similar councils (89%).',
		);
		expect(line.sourceId).toBe('lgsco-council-statistics');
	});

	it('says plainly when the site holds nothing for a council, and cites no source', () => {
		const kent = getCouncil('kent');
		expect(ombudsmanLine(kent, null)).toEqual({
			text: 'The site holds no Ombudsman statistics for Kent yet.',
			sourceId: null,
		});
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
