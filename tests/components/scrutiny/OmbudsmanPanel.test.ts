import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import OmbudsmanPanel from '../../../src/components/scrutiny/OmbudsmanPanel.astro';
import { ombudsmanSummary } from '../../../src/lib/scrutiny/ombudsmanSummary';
import { scrutinyData } from '../../../src/lib/scrutiny/scrutinyData';
import { getCouncil } from '../../../src/lib/data';

import { visibleText as text } from './visibleText';
const data = scrutinyData();
let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});
const render = (slug: string) =>
	container.renderToString(OmbudsmanPanel, { props: { summary: ombudsmanSummary(getCouncil(slug), data)! } });

describe('<OmbudsmanPanel summary />', () => {
	it("sets Derbyshire's upheld rate (47 of 55, 85%) beside similar authorities' 85%, all services", async () => {
		const t = text(await render('derbyshire'));
		expect(t).toContain('cover all service areas (not SEND-only)');
		expect(t).toMatch(/Upheld \(fault found\) 47 \(85%\) 55 \(93%\)/);
		expect(t).toMatch(
			/Similar authorities' average upheld rate 85% \(Derbyshire the same as the average\) 89% \(Derbyshire higher than the average\)/,
		);
	});

	it('shows figures not in the stored page as "not seen", never 0', async () => {
		const html = await render('derbyshire');
		expect(text(html)).toMatch(/recommendations complied with 100% \(similar authorities: 100%\) not seen/);
		expect(html).toMatch(/class="absent"[^>]*>not seen</);
	});

	it('lists the sampled decisions with links, and sums payments only where stated, with the sample caveat', async () => {
		const html = await render('derbyshire');
		const t = text(html);
		expect(t).toContain('A sample of decisions found, not a count');
		expect(t).toContain('£4,300 in the 3 of 16 sampled decisions that state an amount');
		expect(html).toContain('href="https://www.lgo.org.uk/decisions/education/special-educational-needs/24-017-807"');
		expect(t).toMatch(/Case 24 017 807 6 July 2025 Upheld £1,000/);
		expect(t).toMatch(/Case 24 014 683 date not shown Upheld \(page header not seen/);
	});

	it('says when the site holds no statistics for a council (Derby), and still lists its decisions', async () => {
		const t = text(await render('derby'));
		expect(t).toContain('The site holds no Ombudsman statistics for Derby.');
		expect(t).toContain('None of the 6 sampled decisions states an amount');
	});
});
