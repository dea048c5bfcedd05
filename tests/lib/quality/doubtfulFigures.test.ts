import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { doubtfulFigures } from '~/lib/quality/doubtfulFigures';
import { parseQualityRules } from '~/lib/sources/qualityRules';
import { getCouncil, getDoubts, getRank, getSeries } from '~/lib/data';
import type { Observation } from '~/lib/model/observation';
import type { Council } from '~/lib/model/council';

const RULES = 'data/reference/quality-rules.csv';
const rules = parseQualityRules(readFileSync(RULES, 'utf8'), RULES);
const find = (slug: string, measure: string, period: string) => {
	const c = getCouncil(slug);
	return getDoubts().filter((d) => d.areaCode === c.onsCode && d.measure === measure && d.period === period);
};

describe('parseQualityRules(text, file)', () => {
	it('reads the rules in data/reference with no problems', () => {
		expect(rules.problems).toEqual([]);
		expect(rules.rows.map((r) => [r.id, r.kind])).toEqual([
			['decisions-fewer-than-plans', 'fewer_than'],
			['plans-change-over-40-percent', 'yearly_change'],
			['decisions-change-over-40-percent', 'yearly_change'],
			['uncertain-code-correction', 'uncertain_correction'],
			['refusals-none-of-many-requests', 'zero_of'],
		]);
	});

	it('reports a zero_of rule with no smallest count, at its column', () => {
		const header = readFileSync(RULES, 'utf8').split('\n')[0];
		const parsed = parseQualityRules(`${header}\nx,zero_of,refusals,requests,0,,,,,caution,why\n`, 'q.csv');
		expect(parsed.problems).toEqual([
			{ file: 'q.csv', line: 2, column: 7, message: 'min_count: zero_of needs a smallest count (got "")' },
		]);
	});

	it('reports a rule kind that needs a setting it lacks, at its column', () => {
		const header = readFileSync(RULES, 'utf8').split('\n')[0];
		const parsed = parseQualityRules(`${header}\nx,yearly_change,plans_in_place,,,,100,,,caution,why\n`, 'q.csv');
		expect(parsed.problems).toEqual([
			{ file: 'q.csv', line: 2, column: 6, message: 'threshold: yearly_change needs a percentage (got "")' },
		]);
	});
});

describe('doubtfulFigures(observations, rules) on the real data', () => {
	// requests_2026release_la.csv line 66, Leicester 2025: requests_received_in_year 199,
	// requests_decided_not_to_assess 0 (126 assessed, 33 not yet decided, 40 withdrawn).
	it('catches Leicester 2025: no refusals out of 199 requests, and the 0% refusal rate worked out from it', () => {
		expect(find('leicester', 'refusals', '2025').map((d) => [d.rule, d.detail])).toEqual([
			['refusals-none-of-many-requests', 'none in calendar year 2025, out of 199 requests in calendar year 2025'],
		]);
		expect(find('leicester', 'refusal_rate', '2025').map((d) => d.rule)).toEqual(['refusals-none-of-many-requests']);
		// 2024: 1 refusal of 883 (requests.csv) is not zero, so the rule leaves it alone.
		expect(find('leicester', 'refusals', '2024')).toEqual([]);
	});

	// requests.csv (2025 release), Milton Keynes 2024: 846 requests, 0 decided not to assess, 252 not yet decided.
	it('catches Milton Keynes 2024 (none of 846) and leaves Derby 2024 alone', () => {
		expect(find('milton-keynes', 'refusals', '2024').map((d) => d.detail)).toEqual([
			'none in calendar year 2024, out of 846 requests in calendar year 2024',
		]);
		expect(find('derby', 'refusals', '2024')).toEqual([]);
	});

	// By hand from the published files: MoJ 2014-2024 table, Cambridgeshire 2024 original-method
	// decisions 4,410; DfE caseload, Cambridgeshire 8,007 plans in January 2025.
	it('catches Cambridgeshire 2024: fewer appealable decisions than plans the January after', () => {
		expect(find('cambridgeshire', 'appealable_decisions_old', '2024').map((d) => [d.rule, d.detail])).toEqual([
			[
				'decisions-fewer-than-plans',
				'4,410 in calendar year 2024, fewer than the 8,007 plans in place in January 2025',
			],
			[
				'decisions-change-over-40-percent',
				'fell from 7,655 in calendar year 2023 to 4,410 in calendar year 2024, down 42.4%',
			],
			[
				'uncertain-code-correction',
				"the publisher printed Cambridgeshire's code as 823; the site uses 873, but the calendar year 2024 figures may be another council's",
			],
		]);
	});

	// MoJ: Central Bedfordshire 3,711 decisions in 2023, 8,246 in 2024: 8,246 / 3,711 = 2.222, up 122.2%.
	it('catches Central Bedfordshire 2024: a 122.2% jump and an uncertain code correction', () => {
		expect(find('central-bedfordshire', 'appealable_decisions_old', '2024').map((d) => d.rule)).toEqual([
			'decisions-change-over-40-percent',
			'uncertain-code-correction',
		]);
		expect(find('central-bedfordshire', 'appealable_decisions_old', '2024')[0]?.detail).toBe(
			'rose from 3,711 in calendar year 2023 to 8,246 in calendar year 2024, up 122.2%',
		);
		expect(find('central-bedfordshire', 'appeal_rate_new', '2024').map((d) => d.rule)).toEqual([
			'uncertain-code-correction',
		]);
	});

	// DfE caseload: Newham 2,705 plans in January 2024, 1,199 in January 2025: 1,506 fewer, down 55.7%.
	it("catches Newham's plans in place falling by 1,506 in a year", () => {
		expect(find('newham', 'plans_in_place', '2025').map((d) => d.detail)).toEqual([
			'fell from 2,705 in January 2024 to 1,199 in January 2025, down 55.7%',
		]);
	});

	it('carries a doubt to the figure worked out from the doubtful one', () => {
		expect(find('cambridgeshire', 'appeal_rate_old', '2024')[0]?.detail).toBe(
			'worked out from appealable decisions: 4,410 in calendar year 2024, fewer than the 8,007 plans in place in January 2025',
		);
	});

	it('marks the observation with the first rule’s caution, and leaves it out of ranks', () => {
		const cambs = getCouncil('cambridgeshire');
		const o = getSeries('appeal_rate_old', cambs.onsCode).find((x) => x.period === '2024');
		expect(o?.doubt?.rule).toBe('decisions-fewer-than-plans');
		expect(o?.doubt?.caution).toMatch(/^Doubtful figure: /);
		expect(getRank('appeal_rate_old', '2024', cambs.onsCode)).toBeUndefined();
		expect(getRank('appeal_rate_old', '2023', cambs.onsCode)).toBeDefined();
	});

	it('leaves Derby alone', () => {
		expect(getDoubts().filter((d) => d.areaCode === getCouncil('derby').onsCode)).toEqual([]);
	});
});

describe('doubtfulFigures on synthetic figures', () => {
	// Invented figures to exercise the thresholds; not real data.
	const council: Council = {
		dfeCode: '999',
		onsCode: 'E06999999',
		name: 'Testtown',
		slug: 'testtown',
		type: 'Unitary authority',
		regionCode: 'E12999999',
		regionName: 'Test',
	};
	const plans = (period: string, value: number): Observation => ({
		measure: 'plans_in_place',
		areaType: 'council',
		areaCode: council.onsCode,
		periodKind: 'january',
		period,
		figure: { status: 'published', value },
		sourceId: 's',
		file: 'f.csv',
		line: 1,
	});
	const run = (obs: Observation[]) =>
		doubtfulFigures(obs, { rules: rules.rows, corrections: [], councils: [council], labels: new Map() });

	it.each([
		// [what, January 2021, January 2022, caught]
		['40% exactly is not more than 40%', 100, 140, false],
		['a rise of just over 40%', 100, 141, true],
		['a fall of over 40% on a count of 100 or more', 200, 119, true],
		['a large change on small counts (under 100 both years)', 50, 99, false],
	] as const)('%s', (_what, a, b, caught) => {
		expect(run([plans('2021', a), plans('2022', b)]).length > 0).toBe(caught);
	});

	it('does not check changes before the rule’s first year (statements were becoming plans)', () => {
		expect(run([plans('2018', 100), plans('2019', 500)])).toEqual([]);
	});
});
