import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import ChartKit from '../../../src/components/chartKit/ChartKit.astro';
import { chartFiles } from '../../../src/lib/pageData/charts/chartFiles';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

const title = 'Derby issued 52.6% of new EHC plans within 20 weeks in 2025; England 46.1%';

describe('<ChartKit files dir title embedHeight />', () => {
	it("links Derby's timeliness PNG, SVG and cite section beside the page, and gives iframe code on the public origin", async () => {
		const html = await container.renderToString(ChartKit, {
			props: { files: chartFiles('councils/derby/', 'timeliness'), dir: 'councils/derby/', title, embedHeight: 640 },
		});
		expect(html).toContain('<a href="timeliness.png" download>PNG</a>');
		expect(html).toContain('<a href="timeliness.svg" download>SVG</a>');
		expect(html).toContain('<a href="charts/timeliness/#cite">');
		// The code a reader copies, escaped once so the textarea shows it as written.
		expect(html).toContain(
			`&lt;iframe src="https://send-scrutiny.example/councils/derby/charts/timeliness/embed/" title="${title}" width="100%" height="640">&lt;/iframe>`,
		);
	});
});
