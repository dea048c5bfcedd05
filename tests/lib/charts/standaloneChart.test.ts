import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { standaloneChartSvg } from '~/lib/charts/standaloneChart';

const tokensCss = readFileSync('src/styles/tokens.css', 'utf8');
const drawing =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 360" width="100%" role="img" class="chart"><path class="ch-grid" d="M0,0H640"/><path style="stroke:var(--chart-focus)" d="M0,10L640,20"/></svg>';
const input = {
	drawing,
	width: 640,
	height: 360,
	fontSize: 14,
	title: 'Derby issued 52.6% of new EHC plans within 20 weeks in 2025; England 46.1%',
	subtitle:
		'New EHC plans issued within 20 weeks (excluding exceptions), Derby, East Midlands and England, 2014 to 2025',
	sources: ['DfE, Education, health and care plans, reporting year 2026'],
	asOf: 'Data as of the reporting year 2026 release',
	siteName: 'SEND scrutiny',
	pageUrl: 'https://send-scrutiny.example/councils/derby/',
	tokensCss,
};

describe('standaloneChartSvg(input)', () => {
	const { svg, width, height } = standaloneChartSvg(input);

	it('carries the title, the source, the date and our name and address as text in the image', () => {
		expect(svg).toContain('>Derby issued 52.6% of new EHC plans within 20 weeks in');
		expect(svg).toContain('Source: DfE, Education, health and care plans, reporting year 2026.');
		expect(svg).toContain('>Data as of the reporting year 2026 release<');
		expect(svg).toContain('>SEND scrutiny · https://send-scrutiny.example/councils/derby/<');
	});

	it('is the drawing plus a 16-unit margin each side, with the header above and footer below it', () => {
		expect(width).toBe(672);
		expect(svg).toMatch(new RegExp(`^<svg [^>]*width="672" height="${height}" viewBox="0 0 672 ${height}"`));
		expect(height).toBeGreaterThan(360 + 100);
	});

	it('sets fixed light colours (no CSS variable survives: resvg and pasted files have no stylesheet)', () => {
		expect(svg).not.toContain('var(');
		expect(svg).toContain('style="stroke:#12436d"');
		expect(svg).toContain('.ch-grid{stroke: #dddcdb;}');
	});

	it("drops the drawing's own page-sized wrapper and escapes text", () => {
		expect(svg).not.toContain('width="100%"');
		const amp = standaloneChartSvg({ ...input, title: 'Appeals & <complaints>' }).svg;
		expect(amp).toContain('Appeals &amp; &lt;complaints&gt;');
	});
});
