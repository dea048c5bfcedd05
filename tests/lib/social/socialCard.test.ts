import { describe, expect, it } from 'vitest';
import { socialCardSvg, CARD_WIDTH, CARD_HEIGHT } from '../../../src/lib/social/socialCard';
import { cardInput, CARD_MEASURE } from '../../../src/lib/social/councilCard';
import { renderPng } from '../../../src/lib/social/renderPng';
import type { Observation } from '../../../src/lib/model/observation';

// SYNTHETIC observations for the drawing only: the real figures reach the cards through the data
// layer and are checked in tests/e2e.
const obs = (
	areaCode: string,
	period: string,
	value: number | null,
	extra: Partial<Observation> = {},
): Observation => ({
	measure: CARD_MEASURE,
	areaType: areaCode === 'E92000001' ? 'england' : 'council',
	areaCode,
	periodKind: 'calendar',
	period,
	figure: value === null ? { status: 'unavailable', value: null } : { status: 'published', value },
	sourceId: 'synthetic-source',
	file: 'synthetic.csv',
	line: 2,
	...extra,
});

const data = (series: Record<string, Observation[]>) => ({
	series: (_measure: string, code: string) => series[code] ?? [],
	sourceLabel: (id: string) => `Label for ${id}`,
	measureWords: 'of new EHC plans issued within 20 weeks',
	siteName: 'SEND scrutiny',
});

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('socialCardSvg', () => {
	const council = [obs('E06000015', '2022', 20), obs('E06000015', '2023', 30, { breakInSeries: true })];
	const england = [obs('E92000001', '2022', 50), obs('E92000001', '2023', 50.3)];

	it('names the area, gives its newest figure with its year, and England for the same year', () => {
		const svg = socialCardSvg(
			cardInput('Derby & <District>', 'E06000015', data({ E06000015: council, E92000001: england })),
		);
		expect(texts(svg)).toEqual([
			'Derby &amp; &lt;District&gt;',
			'30.0%',
			'of new EHC plans issued within 20 weeks',
			'in calendar year 2023',
			'England: 50.3% in calendar year 2023',
			'new collection',
			'2022',
			'2023',
			'Source: Label for synthetic-source',
			'SEND scrutiny',
		]);
		expect(svg).toContain(`viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}"`);
	});

	it('says so plainly when the newest figure is absent, and draws no point for it', () => {
		const svg = socialCardSvg(
			cardInput(
				'Somewhere',
				'E06000099',
				data({ E06000099: [obs('E06000099', '2024', 40), obs('E06000099', '2025', null)] }),
			),
		);
		expect(texts(svg)).toContain('not available');
		// One published point: the line is a single move, no segment to an absent year.
		expect(svg).toMatch(/<path d="M[\d.]+,[\d.]+Z?"/);
	});

	it('gives a council with no figure at all a card that says so, not England’s figure', () => {
		const svg = socialCardSvg(cardInput('Nowhere', 'E06000098', data({ E92000001: england })));
		expect(texts(svg).slice(0, 3)).toEqual(['Nowhere', 'no figure', 'of new EHC plans issued within 20 weeks']);
		expect(svg).not.toContain('50.3%');
	});

	it('renders to a 1200 × 630 PNG', () => {
		const png = renderPng(socialCardSvg(cardInput('Derby', 'E06000015', data({ E06000015: council }))));
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect(png.readUInt32BE(16)).toBe(1200);
		expect(png.readUInt32BE(20)).toBe(630);
	});
});
