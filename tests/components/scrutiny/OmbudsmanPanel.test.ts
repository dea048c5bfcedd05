import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import OmbudsmanPanel from '../../../src/components/scrutiny/OmbudsmanPanel.astro';
import { councilRedress } from '../../../src/lib/pageData/redress/councilRedress';
import { getCouncil, getCouncils, getRedress } from '../../../src/lib/data';

import { visibleText as text } from './visibleText';
let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});
const render = (slug: string) =>
	container.renderToString(OmbudsmanPanel, {
		props: { redress: councilRedress(getCouncil(slug), getRedress(), getCouncils().length) },
	});

// Words the pipeline uses that a reader should never see (issue 9).
const PIPELINE = /not seen|page header|not in excerpt|date not shown|stored copy|\.csv|line \d/i;

describe('<OmbudsmanPanel redress />', () => {
	it("Kent: links the Ombudsman's own page, charts three years, 76 upheld of 94 investigated in 2023-24 (81% against 85%)", async () => {
		const html = await render('kent');
		const t = text(html);
		expect(html).toContain('href="https://www.lgo.org.uk/your-councils-performance/kent-county-council/statistics"');
		expect(html).toContain('id="chart-ombudsman"');
		expect(t).toMatch(/2023-24 94 76 81% 85% the Ombudsman's page for the council/);
		expect(t).toContain('not SEND alone');
		expect(t).toContain(
			"The site holds the Ombudsman's figures for 19 of 153 councils, so it never ranks councils on them.",
		);
		expect(t).toContain('The site holds no Ombudsman decisions about Kent');
		expect(t).not.toMatch(PIPELINE);
	});

	it('Birmingham: a figure from a report names it ("as quoted in …")', async () => {
		const t = text(await render('birmingham'));
		expect(t).toMatch(/2022-23 – 128 84% 77% as quoted in ITV News Central, 23 August 2023/);
		expect(t).toContain("as quoted in Buckinghamshire Council's complaints report 2024-25");
	});

	it('Hampshire: no printed rate, so 30 of 38 is worked out (79%) and says so; no similar-councils average', async () => {
		const t = text(await render('hampshire'));
		expect(t).toMatch(/2024-25 38 30 79% \(worked out: upheld ÷ investigated\) – as quoted in Haslemere Herald/);
		expect(t).toContain('A dash means the source does not give the figure.');
	});

	it('Lancashire: one year as a figure with its comparison (67%, 22 of 33, similar councils 71%); 7 decisions with amounts as published; the general page naming the council', async () => {
		const html = await render('lancashire');
		const t = text(html);
		expect(html).not.toContain('id="chart-ombudsman"');
		expect(t).toContain(
			'67% of the complaints about Lancashire (all services) that the Ombudsman investigated in 2020-21 were upheld (22 of 33); similar councils 71%.',
		);
		expect(t).toContain('(choose Lancashire)');
		expect(t).toContain("The site holds 7 of the Ombudsman's published decisions about SEND at Lancashire");
		expect(html).toContain('href="https://www.lgo.org.uk/decisions/education/special-educational-needs/24-023-082"');
		expect(t).toMatch(/Decision 24 023 082 28 September 2025 Upheld/);
		expect(t).not.toMatch(PIPELINE);
	});

	it('Lancashire: the page lists the 3 newest of its 7 decisions and links the full list on its own page', async () => {
		const html = await render('lancashire');
		const t = text(html);
		expect(t).toContain('The 3 newest Ombudsman decisions about Lancashire');
		expect(html.match(/>Decision \d\d \d{3} \d{3}/g)).toHaveLength(3);
		expect(html).toContain('href="/councils/lancashire/ombudsman/"');
		expect(t).toContain('All 7 decisions about Lancashire, with what went wrong and the remedy');
	});

	it('a council with 3 decisions or fewer lists them all and links no page of its own (Devon, 3)', async () => {
		const html = await render('devon');
		expect(text(html)).toContain('Ombudsman decisions about Devon, newest first');
		expect(html).not.toContain('/councils/devon/ombudsman/');
	});

	it('Derby: no figures, its 6 decisions; a council with nothing says so once', async () => {
		const derby = text(await render('derby'));
		expect(derby).toContain('The site holds no Ombudsman figures for Derby.');
		expect(derby).toContain("The site holds 6 of the Ombudsman's published decisions about SEND at Derby");
		expect(derby).not.toMatch(PIPELINE);
		const darlington = text(await render('darlington'));
		expect(darlington.match(/The site holds no Ombudsman/g)).toHaveLength(1);
		expect(darlington).toContain('The site holds no Ombudsman figures or decisions for Darlington.');
	});
});
