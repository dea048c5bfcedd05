import { describe, expect, it } from 'vitest';
import { getCouncil, getSource } from '~/lib/data';
import { siteData } from '~/lib/pageData/siteData';
import { timelinessChart } from '~/lib/pageData/charts/timelinessChart';
import { chartCite, releaseWords } from '~/lib/pageData/charts/chartCite';
import { chartPageTitle } from '~/lib/pageData/charts/siteCharts';

const EES = 'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans';
const pageUrl = 'https://send-scrutiny.example/councils/derby/#chart-timeliness';

describe('chartCite(figure, sourceOf, { pageUrl, siteName })', () => {
	// Derby's timeliness chart draws 2014-2022 from the 2023 release's sen2_mi.csv, 2023-2024 from
	// the 2025 release and 2025 from the 2026 release (data/reference/sources.csv rows 11, 2 and 12).
	const chart = timelinessChart(getCouncil('derby'), siteData)!;
	const cite = chartCite(chart.figure, getSource, { pageUrl, siteName: 'SEND scrutiny' });

	it("names the Department for Education's 'Education, health and care plans' for each release used, with its address", () => {
		expect(cite.sources.map((s) => [s.publisher, s.title, s.url])).toEqual([
			['Department for Education', 'Education, health and care plans', EES],
			['Department for Education', 'Education, health and care plans', EES],
			['Department for Education', 'Education, health and care plans', EES],
		]);
	});

	it('gives each release as sources.csv records it: 2025 published 26 June 2025, 2026 published June 2026 (month only, as its .source.txt says), no date made up for 2023', () => {
		expect(cite.sources.map((s) => [s.release, s.published])).toEqual([
			['Reporting year 2023 (calendar years 2014-2022; 2022 from the new person-level SEN2)', ''],
			['Reporting year 2025 (calendar years 2019-2024)', '2025-06-26'],
			['Reporting year 2026 (calendar year 2025; plans in place in January 2026)', '2026-06'],
		]);
	});

	it("ends with our page's address and suggests a line naming the chart, our page and every source", () => {
		expect(cite.pageUrl).toBe(pageUrl);
		expect(cite.citation).toBe(
			`SEND scrutiny, chart "Derby issued 52.6% of new EHC plans within 20 weeks in 2025; England 46.1%", ${pageUrl}. Data: ` +
				`Department for Education, Education, health and care plans, Reporting year 2023 (calendar years 2014-2022; 2022 from the new person-level SEN2), ${EES}; ` +
				`Department for Education, Education, health and care plans, Reporting year 2025 (calendar years 2019-2024), published 26 June 2025, ${EES}; ` +
				`Department for Education, Education, health and care plans, Reporting year 2026 (calendar year 2025; plans in place in January 2026), published June 2026, ${EES}.`,
		);
	});

	it('cites a source a chart names by hand (no sources.csv row) by what the chart shows of it, with no release or date', () => {
		const byHand = chartCite(
			{
				title: 'Families won about 99% of SEND Tribunal appeals',
				sources: [
					{
						title: "Schools Week, 'Record SEND tribunals'",
						url: 'https://schoolsweek.co.uk/x',
						publisher: 'a report quoting the Ministry of Justice',
					},
				],
			},
			getSource,
			{ pageUrl: 'https://send-scrutiny.example/redress/#chart-tribunal-outcomes', siteName: 'SEND scrutiny' },
		);
		expect(byHand.sources).toEqual([
			{
				publisher: 'a report quoting the Ministry of Justice',
				title: "Schools Week, 'Record SEND tribunals'",
				release: '',
				published: '',
				url: 'https://schoolsweek.co.uk/x',
			},
		]);
	});
});

describe('releaseWords(source)', () => {
	it('reads an ISO date as a GOV.UK date and leaves a missing one out', () => {
		expect(releaseWords({ release: 'Reporting year 2025', published: '2025-06-26' })).toBe(
			'Reporting year 2025, published 26 June 2025',
		);
		expect(releaseWords({ release: 'Reporting year 2026', published: '' })).toBe('Reporting year 2026');
		expect(releaseWords({ release: '', published: '' })).toBe('');
	});
});

describe('chartPageTitle(area, id)', () => {
	it('names the area and the chart, and drops " chart" for the longest council name so the page title fits in 70', () => {
		expect(chartPageTitle('Derby', 'timeliness')).toBe('Derby: timeliness chart');
		const longest = chartPageTitle('Bournemouth, Christchurch and Poole', 'where-it-stands');
		expect(longest).toBe('Bournemouth, Christchurch and Poole: where it stands');
		expect(`${longest} | SEND scrutiny`.length).toBeLessThanOrEqual(70);
	});
});
