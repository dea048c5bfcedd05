import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import Scorecard from '../../../src/components/scrutiny/Scorecard.astro';
import { derbyScorecard } from '../../../src/lib/scrutiny/derbyScorecard';
import { siteData } from '../../../src/lib/pageData/siteData';
import { getCouncil } from '../../../src/lib/data';

import { visibleText as text } from './visibleText';
let html: string;
beforeAll(async () => {
	const container = await AstroContainer.create();
	html = await container.renderToString(Scorecard, {
		props: { scorecard: derbyScorecard(getCouncil('derby'), siteData)! },
	});
});

describe('<Scorecard scorecard />', () => {
	it("renders Derby's SEND1 to SEND14 as a table with a caption and row headers", () => {
		expect(html).toMatch(/<caption[^>]*>\s*Derby: indicators SEND1 to SEND14/);
		expect(html.match(/<th scope="row"/g)).toHaveLength(14);
		expect(text(html)).toMatch(/SEND1 EHC plans maintained by the council 2,039 1 October 2018/);
		expect(text(html)).toMatch(/SEND6 Percentage of new EHC plans issued within 20 weeks 53%/);
		expect(text(html)).toMatch(/Year 9: 178/);
	});

	it('states the five unreported indicators as a finding, and shows them as "not reported"', () => {
		expect(text(html)).toContain(
			'5 of the 14 indicators in the council\'s own scorecard were not reported ("Work in progress") at 1 October 2018.',
		);
		expect(html.match(/class="absent"[^>]*>not reported</g)).toHaveLength(5);
		expect(text(html)).toMatch(/SEND7 Complaints received not reported/);
	});
});
