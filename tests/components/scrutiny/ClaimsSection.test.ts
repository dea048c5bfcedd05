import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ClaimsSection from '../../../src/components/scrutiny/ClaimsSection.astro';
import { getSources } from '../../../src/lib/data';
import { newestRelease } from '../../../src/lib/scrutiny/claimAge';
import { claimCard, claimsForCouncil } from '../../../src/lib/scrutiny/claimCard';
import { siteData } from '../../../src/lib/pageData/siteData';
import { readClaims } from '../../lib/scrutiny/claimFiles';
import { bodyComponent } from './claimBodies';
import { visibleText as text } from './visibleText';

// The page reads the claims collection and renders each body; here the real claim files are
// parsed and validated as the glob loader does (tests/lib/scrutiny/claimFiles.ts), and each body is
// rendered by Astro's own Markdown processor (claimBodies.ts).
const claims = readClaims();
const cardsFor = (slug: string) =>
	Promise.all(
		claimsForCouncil(claims, slug).map(async (entry) => ({
			card: claimCard(entry, siteData),
			Body: await bodyComponent(entry),
		})),
	);
const asOf = newestRelease(getSources());

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

describe('<ClaimsSection cards />', () => {
	it("renders Derby's four claims, oldest first, each with its body", async () => {
		const html = await container.renderToString(ClaimsSection, { props: { cards: await cardsFor('derby'), asOf } });
		expect(html.match(/<article class="claim-card/g)).toHaveLength(4);
		const t = text(html);
		expect(t).toContain('What the council said, and what the data shows');
		expect(t).toContain('1,375');
		expect(t).toContain('1,091');
		expect(t).toContain('What a complaints count can and cannot show.');
	});

	it("renders Derbyshire's claims, including the tribunal counts 217, 267 and 536", async () => {
		const t = text(
			await container.renderToString(ClaimsSection, { props: { cards: await cardsFor('derbyshire'), asOf } }),
		);
		expect(t).toMatch(/2022 217 .*2023 267 .*2024 536/);
		expect(t).toContain('more than £20,000');
	});

	it('renders nothing for a council with no claims', async () => {
		expect(
			(await container.renderToString(ClaimsSection, { props: { cards: await cardsFor('darlington'), asOf } })).trim(),
		).toBe('');
	});
});
