import { describe, expect, it } from 'vitest';
import {
	atAGlance,
	comparedWith,
	figureAnchor,
	median,
	neighbourMedian,
	type GlanceData,
} from '../../../src/lib/pageData/atAGlance';
import { getCouncil, getNeighbours, getSeries } from '../../../src/lib/data';
import type { Observation } from '../../../src/lib/model/observation';
import type { Council } from '../../../src/lib/model/council';

const real: GlanceData = { series: getSeries, neighbours: getNeighbours };
const derby = getCouncil('derby');

// Synthetic figures for the rule tests below: invented to exercise each rule, not real data.
const town: Council = {
	dfeCode: '999',
	onsCode: 'E06999999',
	name: 'Testtown',
	slug: 'testtown',
	type: 'Unitary authority',
	regionCode: 'E12999999',
	regionName: 'Test Region',
};
const obs = (
	measure: string,
	areaCode: string,
	period: string,
	value: number | null,
	extra: Partial<Observation> = {},
): Observation => ({
	measure,
	areaType: 'council',
	areaCode,
	periodKind: measure === 'plans_in_place' ? 'january' : 'calendar',
	period,
	figure: value === null ? { status: 'suppressed', value: null } : { status: 'published', value },
	sourceId: 'synthetic',
	file: 'synthetic',
	line: 1,
	...extra,
});
const neighbourCouncils: Council[] = [1, 2, 3, 4, 5, 6].map((i) => ({
	...town,
	onsCode: `E0600000${i}`,
	name: `N${i}`,
}));
function synthetic(rows: Observation[], doubtful: (o: Observation) => boolean = () => false): GlanceData {
	return {
		series: (m, a) =>
			rows.filter((o) => o.measure === m && o.areaCode === a).sort((x, y) => x.period.localeCompare(y.period)),
		neighbours: () => neighbourCouncils,
		isDoubtful: doubtful,
	};
}

describe('atAGlance(council, data)', () => {
	// Derby, from the raw files by hand: DfE 2026 release extract, calendar 2025, 245 of 466
	// plans within 20 weeks (52.6%), England 43,997 of 95,411 (46.1%); 2025 release, 2024: 62
	// of 377 (16.4%). Caseload: 3,735 plans in January 2025, 3,564 in January 2024 (+4.8%);
	// England 638,745 and 576,474 (+10.8%). Requests 2025: 708, 291 refused (41.1%); England
	// 43,289 of 162,702 (26.6%). MoJ: 223 appeals in 2025, 223 ÷ 2,441 = 9.1%; England 6.6%.
	const sentences = atAGlance(derby, real);

	it('gives Derby four sentences: timeliness, direction, demand, appeals', () => {
		expect(sentences.map((s) => s.topic)).toEqual(['timeliness', 'direction', 'demand', 'appeals']);
	});

	it('puts the newest timeliness figure against England first', () => {
		expect(sentences[0]?.text).toMatch(
			/^In calendar year 2025 Derby issued 52\.6% of new EHC plans within the 20-week legal limit \(245 of the 466 plans the limit applies to\): above England \(46\.1%\)/,
		);
	});

	it('says which way timeliness moved since the year before', () => {
		expect(sentences[1]?.text).toBe('That is up from 16.4% in calendar year 2024.');
	});

	it('gives demand: plans in place and their change, requests and refusals, with England', () => {
		// January 2026: Derby 3,734 (caseload_2026release_la.csv line 64) against 3,735 a year before
		// (-0.03%, rounds to the same); England 718,838 against 638,745 (+12.5%).
		expect(sentences[2]?.text).toBe(
			'Derby maintained 3,734 EHC plans in January 2026, 1 fewer than a year before (England: 12.5% more); in calendar year 2025 it received 708 requests for an EHC needs assessment and refused 41.1% of them (England 26.6%).',
		);
	});

	it('gives appeals and the appeal rate against England', () => {
		expect(sentences[3]?.text).toBe(
			"In calendar year 2025 families registered 223 appeals against Derby's decisions with the SEND Tribunal, 9.1% of the decisions families could appeal (England 6.6%).",
		);
	});

	it('links every number to its headline row', () => {
		const figures = sentences.flatMap((s) => s.parts.filter((p) => p.kind === 'figure'));
		expect(figures.length).toBeGreaterThan(8);
		for (const f of figures) expect(f.href).toBe(`#${figureAnchor(f.measure)}`);
		expect(figures[0]).toMatchObject({ text: '52.6%', measure: 'timeliness_20wk_excl' });
	});

	it('links elsewhere when asked (the briefing links to the council page)', () => {
		const other = atAGlance(derby, real, { href: (m) => `/councils/derby/#${figureAnchor(m)}` });
		expect(other[0]?.parts.find((p) => p.kind === 'figure')).toMatchObject({
			href: '/councils/derby/#figure-timeliness_20wk_excl',
		});
	});
});

describe('atAGlance rules on synthetic figures', () => {
	const base = [
		obs('timeliness_20wk_excl', town.onsCode, '2024', 30),
		obs('timeliness_20wk_excl', town.onsCode, '2025', 40),
		obs('timeliness_20wk_excl', 'E92000001', '2025', 40.5),
		obs('timeliness_20wk_excl', town.regionCode, '2025', 60),
		...neighbourCouncils.map((n, i) => obs('timeliness_20wk_excl', n.onsCode, '2025', 10 + i * 10)),
	];

	it('compares with England, the region and the median of the neighbours', () => {
		// Neighbours 10, 20, 30, 40, 50, 60: median (30 + 40) / 2 = 35.
		const [first] = atAGlance(town, synthetic(base));
		expect(first?.text).toBe(
			'In calendar year 2025 Testtown issued 40.0% of new EHC plans within the 20-week legal limit: close to England (40.5%) and below Test Region (60.0%); above the middle of its 6 statistical neighbours with a figure (35.0%).',
		);
	});

	it('leaves the neighbours out when fewer than five have a figure', () => {
		const few = base.filter((o) => !['E06000001', 'E06000002'].includes(o.areaCode));
		expect(atAGlance(town, synthetic(few))[0]?.text).not.toMatch(/neighbours/);
	});

	it('never compares across a break in series', () => {
		const broken = base.map((o) =>
			o.period === '2025' && o.areaCode === town.onsCode ? { ...o, breakInSeries: true } : o,
		);
		expect(atAGlance(town, synthetic(broken))[1]?.text).toBe(
			'Calendar year 2025 began a new way of collecting these figures, so it is not compared with the year before.',
		);
	});

	it('says a second year of movement the same way', () => {
		const rising = [...base, obs('timeliness_20wk_excl', town.onsCode, '2023', 20)];
		expect(atAGlance(town, synthetic(rising))[1]?.text).toBe(
			'That is up from 30.0% in calendar year 2024, the second year in a row it has risen.',
		);
	});

	it('says an unchanged figure is the same, not "about the same" (Isles of Scilly: 100.0% in 2024 and 2025)', () => {
		const flat = base.map((o) =>
			o.areaCode === town.onsCode && o.period === '2024'
				? { ...o, figure: { status: 'published' as const, value: 40 } }
				: o,
		);
		expect(atAGlance(town, synthetic(flat))[1]?.text).toBe('That is the same as 40.0% in calendar year 2024.');
	});

	it('says a suppressed figure is suppressed and makes no comparison', () => {
		const hidden = base.map((o) =>
			o.period === '2025' && o.areaCode === town.onsCode
				? { ...o, figure: { status: 'suppressed' as const, value: null } }
				: o,
		);
		const out = atAGlance(town, synthetic(hidden));
		expect(out[0]?.text).toBe(
			"Testtown's share of new EHC plans issued within the 20-week limit in calendar year 2025 is suppressed.",
		);
		expect(out.map((s) => s.topic)).toEqual(['timeliness']);
	});

	it('never states a doubtful figure, and says why', () => {
		const rows = [
			obs('appeals_registered', town.onsCode, '2024', 120),
			obs('appeal_rate_new', town.onsCode, '2024', 9.9),
		];
		const out = atAGlance(
			town,
			synthetic(rows, (o) => o.measure === 'appeal_rate_new'),
		);
		expect(out.at(-1)?.text).toBe(
			"In calendar year 2024 families registered 120 appeals against Testtown's decisions with the SEND Tribunal; the share of its decisions appealed is not given, because the published count of its decisions is doubtful.",
		);
		expect(out.at(-1)?.text).not.toMatch(/9\.9/);
	});

	it('leaves a doubtful neighbour out of the median', () => {
		const data = synthetic(base, (o) => o.areaCode === 'E06000006');
		// Without 60: 10, 20, 30, 40, 50, median 30.
		expect(neighbourMedian(town, 'timeliness_20wk_excl', '2025', data)).toEqual({ value: 30, count: 5, of: 6 });
	});
});

describe('median(values) and comparedWith(value, other)', () => {
	it.each([
		[[], null],
		[[3], 3],
		[[5, 1, 3], 3],
		[[4, 1, 3, 2], 2.5],
	])('median(%j) is %j', (values, expected) => expect(median(values)).toBe(expected));

	it.each([
		[40, 40.9, 'close to'],
		[40, 41, 'below'],
		[42, 41, 'above'],
	] as const)('comparedWith(%d, %d) is %s', (a, b, expected) => expect(comparedWith(a, b)).toBe(expected));
});
