import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getCouncil, getSources } from '../../../src/lib/data';
import { newestRelease } from '../../../src/lib/scrutiny/claimAge';
import { siteData } from '../../../src/lib/pageData/siteData';
import { readClaims } from '../../lib/scrutiny/claimFiles';
import { bodyComponent } from './claimBodies';

// getCollection has no content store under vitest, so astro:content is mocked with the real
// claim files, parsed and validated as the glob loader does (tests/lib/scrutiny/claimFiles.ts).
vi.mock('astro:content', async () => {
	const { readClaims: read } = await import('../../lib/scrutiny/claimFiles');
	const { bodyComponent: body } = await import('./claimBodies');
	const files = read();
	return {
		getCollection: (name: string) => Promise.resolve(name === 'claims' ? files : []),
		render: async (entry: { id: string }) => ({ Content: await body(files.find((f) => f.id === entry.id)!) }),
	};
});

const { default: ClaimsSection } = await import('../../../src/components/scrutiny/ClaimsSection.astro');
import { visibleText as text } from './visibleText';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

describe('<ClaimsSection council />', () => {
	it("renders Derby's four claims, oldest first, each with its body", async () => {
		const html = await container.renderToString(ClaimsSection, {
			props: { council: getCouncil('derby'), data: siteData },
		});
		expect(html.match(/<article class="claim-card/g)).toHaveLength(4);
		const t = text(html);
		expect(t).toContain('What the council said, and what the data shows');
		expect(t).toContain('1,375');
		expect(t).toContain('1,091');
		expect(t).toContain('What a complaints count can and cannot show.');
	});

	it("renders Derbyshire's claims, including the tribunal counts 217, 267 and 536", async () => {
		const t = text(
			await container.renderToString(ClaimsSection, {
				props: { council: getCouncil('derbyshire'), data: siteData, asOf: newestRelease(getSources()) },
			}),
		);
		expect(t).toMatch(/2022 217 .*2023 267 .*2024 536/);
		expect(t).toContain('more than £20,000');
	});

	it('renders nothing for a council with no claims', async () => {
		expect(
			(
				await container.renderToString(ClaimsSection, {
					props: { council: getCouncil('darlington'), data: siteData, asOf: newestRelease(getSources()) },
				})
			).trim(),
		).toBe('');
	});
});

// Keeps the helper import used so a broken helper fails here, not only inside the mock.
void bodyComponent;
void readClaims;
