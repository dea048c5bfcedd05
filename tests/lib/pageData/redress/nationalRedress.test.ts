import { describe, expect, it } from 'vitest';
import { getCouncils, getFormerCouncils, getRedress } from '~/lib/data';
import {
	citedCsvSource,
	councilsWithFigures,
	decisionsByTheme,
	lgscoNationalViews,
	sourceWords,
	tribunalOutcomesChart,
} from '~/lib/pageData/redress/nationalRedress';

// Hand-checked against data/raw/send-redress-national/*.csv.
const redress = getRedress();

describe('tribunalOutcomesChart(redress): the share of decided appeals families won, England', () => {
	const built = tribunalOutcomesChart(redress);

	it('2014/15: families won 680 of the 788 appeals decided = 86.3% (parliamentary answer, 29 October 2018)', () => {
		const year = built?.years.find((y) => y.year === '2014/15');
		expect(year?.familyFavour).toBe('86.3%');
		expect(year?.how).toContain('families: 680 of 788 decided');
		expect(year?.source.words).toContain('(29 October 2018)');
		expect(year?.source.quoted).toBe(false);
	});

	it("titles the chart on the newest year held: 2024/25, 'about 99%' as a law firm rounded it", () => {
		expect(built?.chart.figure.title).toBe(
			'Families won about 99% of SEND Tribunal appeals decided in England in 2024/25',
		);
		expect(built?.years.find((y) => y.year === '2024/25')?.source.quoted).toBe(true);
	});

	it('keeps its alt text within the schema limit without cutting it', () => {
		const alt = built?.chart.figure.alt ?? '';
		expect(alt.length).toBeLessThanOrEqual(250);
		expect(alt).toMatch(/gaps\.$/);
	});
});

describe("lgscoNationalViews(redress): the Ombudsman's national figures in words", () => {
	it("2020-21: 77% of detailed investigations about education and children's services upheld (Willis Palmer's summary)", () => {
		const view = lgscoNationalViews(redress).find(
			(v) => v.period === '2020-21' && v.text.startsWith('77% of detailed investigations about education'),
		);
		expect(view?.source.words).toContain('Willis Palmer');
		expect(view?.source.url).toBe(
			'https://www.willispalmer.com/education-and-childrens-services-complaints-dominate-ombudsmans-casework/',
		);
	});

	it('fails the build on a measure with no words, naming its line', () => {
		const [first] = redress.lgscoNational;
		const bad = { ...redress, lgscoNational: [{ ...first!, measure: 'made_up_measure', line: 7 }] };
		expect(() => lgscoNationalViews(bad)).toThrow(/line 7: no words for measure "made_up_measure"/);
	});
});

describe('sourceWords and citedCsvSource: a cited source in words and in the CSV', () => {
	const base = { name: 'Schools Week', url: 'https://schoolsweek.co.uk/x', origin: 'secondary' as const };
	it('a whole date reads "14 December 2023"; a month "December 2023"; none, the name alone', () => {
		expect(sourceWords({ ...base, date: '2023-12-14' } as never)).toBe('Schools Week (14 December 2023)');
		expect(sourceWords({ ...base, date: '2023-12' } as never)).toBe('Schools Week (December 2023)');
		expect(sourceWords({ ...base, date: '' } as never)).toBe('Schools Week');
	});
	it('a whole date goes in the published column, a month in the release column', () => {
		expect(citedCsvSource({ ...base, date: '2023-12-14' } as never)).toMatchObject({
			publisher: 'A report quoting the Ministry of Justice',
			published: '2023-12-14',
			release: '',
		});
		expect(citedCsvSource({ ...base, origin: 'primary', date: '2023-12' } as never)).toMatchObject({
			publisher: 'Ministry of Justice',
			published: '',
			release: '2023-12',
		});
	});
});

describe('decisionsByTheme and councilsWithFigures', () => {
	const formerNames = new Map(getFormerCouncils().map((f) => [f.dfeCode, f.name] as [string, string]));
	it('groups every decision held under a theme, none lost', () => {
		const groups = decisionsByTheme(redress, getCouncils(), formerNames);
		const grouped = groups.reduce((n, g) => n + g.decisions.length, 0);
		expect(grouped).toBe(redress.decisions.filter((d) => redress.themes.some((t) => t.id === d.theme)).length);
		expect(groups.every((g) => g.decisions.length > 0)).toBe(true);
	});
	it('lists Derbyshire and Kent among the councils with Ombudsman figures (Derby has decisions only), alphabetically', () => {
		const list = councilsWithFigures(redress, getCouncils());
		const names = list.map((c) => c.name);
		expect(names).toEqual(expect.arrayContaining(['Derbyshire', 'Kent']));
		expect(names).not.toContain('Derby');
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		expect(list.find((c) => c.name === 'Derbyshire')?.slug).toBe('derbyshire');
	});
});
