import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ClaimCard from '../../../src/components/scrutiny/ClaimCard.astro';
import { claimCard } from '../../../src/lib/scrutiny/claimCard';
import { newestRelease } from '../../../src/lib/scrutiny/claimAge';
import { getSources } from '../../../src/lib/data';
import { siteData } from '../../../src/lib/pageData/siteData';
import { readClaims } from '../../lib/scrutiny/claimFiles';
import { bodyHtml } from './claimBodies';

const data = siteData;
const claims = readClaims();
import { visibleText as text } from './visibleText';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

async function renderClaim(id: string) {
	const claim = claims.find((c) => c.id === id)!;
	return container.renderToString(ClaimCard, {
		props: { card: claimCard(claim, data), asOf: newestRelease(getSources()) },
		slots: { default: await bodyHtml(claim) },
	});
}

describe('<ClaimCard card />', () => {
	it("renders Derby's claimed 1,375 transfers beside DfE's 1,091 and the 627 statements left", async () => {
		const html = await renderClaim('derby-2018-statements-transferred');
		const t = text(html);
		expect(t).toContain('“recognise the Council’s success in transferring 1,375 Statements');
		expect(t).toContain('Statements transferred to EHC plans: 1,375');
		// 0 + 35 + 87 + 374 = 496 (sen2_mi.csv, Derby, 2014 to 2017) before the deadline; 627 statements
		// left in January 2018 (sen2_age_caseload.csv line 4084); the whole of 2018 only as later.
		expect(t).toMatch(
			/The figures behind the verdict .*Total, 2014 to 2017 496 .*January 2018 627 .*More from the same period .*Later figures, not used for the verdict .*Total, 2014 to 2018 1,091/,
		);
		expect(t).toContain('about 15 a month');
		expect(t).toContain('Verdict: not supported by the published figures.');
		expect(t).toContain('Why the two may differ.');
		expect(html).toContain('<blockquote');
		expect(html).not.toContain('<script');
	});

	it('writes the verdict in words, not only by colour', async () => {
		const html = await renderClaim('derby-2018-timeliness-within-20-weeks');
		expect(html).toMatch(
			/class="verdict verdict-cannot-be-checked[^"]*"[^>]*><strong[^>]*>Verdict: cannot be checked\.<\/strong>/,
		);
		expect(text(html)).toMatch(/2018 11\.7% \(52 of 444\)/);
		expect(text(html)).toContain('a target of 75%');
	});

	it('links each figure to its source on the Sources page, with the file and line in a disclosure', async () => {
		const html = await renderClaim('derbyshire-2023-tribunals-halved');
		expect(text(html)).toMatch(/2021 176 .*2022 217 .*2023 267 .*Later figures, not used for the verdict .*2024 536/);
		expect(html).toMatch(/<a href="\/sources\/#moj-appeal-rate-2014-2024">MoJ\/HMCTS/);
		expect(html).toMatch(
			/<details class="how-read"><summary>How this figure was read<\/summary><ul><li>Read from SEND_Tribunals_and_appeal_rate_2014-2024\.csv, line 63\./,
		);
	});

	it('says when the claim was made, without a space before the comma', async () => {
		expect(text(await renderClaim('derbyshire-2023-tribunals-halved'))).toMatch(/Said on 25 October 2023, \d+ years? /);
		// A claim dated only by year was said "in" it, not "on" it.
		expect(text(await renderClaim('derbyshire-2024-in-line-with-national-average'))).toMatch(/Said in 2024 \(Undated/);
	});

	it('marks the break in series in a row that crosses it', async () => {
		expect(text(await renderClaim('derbyshire-2024-in-line-with-national-average'))).toContain(
			'2023 (break in series: new collection)',
		);
	});

	it('shows a claim with no official measure as such, and a not-reported KPI as "not reported"', async () => {
		const t = text(await renderClaim('derby-2018-no-specific-complaints'));
		expect(t).toContain('none: no official figure counts this');
		expect(t).toMatch(/Complaints received, as stated .* not reported/);
	});
});
