import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import QuestionsList from '../../../src/components/scrutiny/QuestionsList.astro';
import { questionsFor } from '../../../src/lib/scrutiny/questionsFor';
import { siteData } from '../../../src/lib/pageData/siteData';
import { getCouncil } from '../../../src/lib/data';
import { readClaims } from '../../lib/scrutiny/claimFiles';

import { visibleText as text } from './visibleText';
const data = siteData;
let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});
const render = (slug: string, rules?: []) =>
	container.renderToString(QuestionsList, {
		props: {
			questions: rules
				? questionsFor(getCouncil(slug), data, [], rules)
				: questionsFor(getCouncil(slug), data, readClaims()),
		},
	});

describe('<QuestionsList questions />', () => {
	it("renders Derbyshire's questions, each with 'Why we ask:' and the figure, its period and source", async () => {
		const html = await render('derbyshire');
		const t = text(html);
		expect(html.match(/<li id="question-/g)).toHaveLength(6);
		expect(t).toMatch(
			/Why we ask: New EHC plans issued within 20 weeks \(excluding exceptions\): Derbyshire was below England/,
		);
		expect(t).toMatch(
			/New EHC plans issued within 20 weeks \(excluding exceptions\): Derbyshire, 2025: 5\.0%\. Source: DfE/,
		);
		expect(t).toContain('timeliness_20_week_2026release_la.csv, line 63');
	});

	it("always links to the Ombudsman's scrutiny questions", async () => {
		const html = await render('derby');
		expect(html).toContain('href="https://www.lgo.org.uk/information-centre/reports/scrutiny-questions"');
	});

	it('says so when no rule prompts a question, and still links to the Ombudsman', async () => {
		const html = await render('derby', []);
		expect(text(html)).toContain("None of our rules found a pattern in Derby's figures");
		expect(html).toContain('lgo.org.uk/information-centre/reports/scrutiny-questions');
	});
});
