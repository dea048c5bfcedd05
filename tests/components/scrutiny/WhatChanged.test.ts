import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import WhatChanged from '../../../src/components/scrutiny/WhatChanged.astro';
import { whatChanged } from '../../../src/lib/scrutiny/whatChanged';
import { siteData } from '../../../src/lib/pageData/siteData';
import { getCouncil } from '../../../src/lib/data';

import { visibleText as text } from './visibleText';

describe('<WhatChanged council lines />', () => {
	it("renders Derbyshire's changes since the year before, each with its sources", async () => {
		const container = await AstroContainer.create();
		const council = getCouncil('derbyshire');
		const html = await container.renderToString(WhatChanged, {
			props: { council, lines: whatChanged(council, siteData) },
		});
		const t = text(html);
		expect(html.match(/<li class="change-/g)).toHaveLength(7);
		expect(t).toContain(
			'EHC plans in place in January: rose by 1,397 (18.3%) from January 2025 to January 2026 (7,625 to 9,022).',
		);
		expect(t).toContain('SEND Tribunal appeals registered: rose by 154 (28.7%) from 2024 to 2025 (536 to 690).');
		expect(t).toMatch(/Source: MoJ\/HMCTS/);
	});
});
