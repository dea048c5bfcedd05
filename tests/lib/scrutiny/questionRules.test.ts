import { describe, expect, it } from 'vitest';
import {
	appealRateRising,
	claimNotSupported,
	conversionIncomplete,
	kpiNotReported,
	overAYearAboveEngland,
	plansGrowthAboveEngland,
	refusalRateTopQuartile,
	timelinessBelowEngland,
	timelinessFell,
	type QuestionRule,
} from '../../../src/lib/scrutiny/questionRules';
import type { ScrutinyData } from '../../../src/lib/scrutiny/scrutinyData';
import { siteData } from '../../../src/lib/pageData/siteData';
import type { Observation } from '../../../src/lib/model/observation';
import { getCouncil } from '../../../src/lib/data';
import { readClaims } from './claimFiles';
import { dataUpTo } from '../../helpers/dataUpTo';

const data = siteData;
const claims = readClaims();
const ask = (rule: QuestionRule, slug: string, d: ScrutinyData = data, c = claims) =>
	rule.ask({ council: getCouncil(slug), data: d, claims: c });

/** A copy of the real data with one area's series of one measure changed. */
const withSeries = (
	measure: string,
	areaCode: string,
	change: (series: Observation[]) => Observation[],
): ScrutinyData => ({
	...data,
	series: (m, a) => (m === measure && a === areaCode ? change(data.series(m, a)) : data.series(m, a)),
});

describe('timelinessBelowEngland', () => {
	it('fires for Derbyshire, below England in 2023, 2024 and 2025, citing both series', () => {
		const q = ask(timelinessBelowEngland, 'derbyshire')!;
		expect(q.id).toBe('timeliness-below-england');
		expect(q.why).toMatch(/from 2023 to 2025 \(5\.0% against 46\.1% in 2025\)/);
		expect(q.figures.map((f) => `${f.label.split(': ')[1]} ${f.period} ${f.valueText}`)).toEqual([
			'Derbyshire 2023 17.8%',
			'England 2023 50.3%',
			'Derbyshire 2024 37.8%',
			'England 2024 46.4%',
			'Derbyshire 2025 5.0%',
			'England 2025 46.1%',
		]);
	});

	it('does not fire for Derby, above England in 2025 (52.6% against 46.1%)', () => {
		expect(ask(timelinessBelowEngland, 'derby')).toBeNull();
	});
});

describe('timelinessFell', () => {
	it('fires for Derbyshire, 37.8% in 2024 to 5.0% in 2025', () => {
		const q = ask(timelinessFell, 'derbyshire')!;
		expect(q.text).toMatch(/fell from 37\.8% in 2024 to 5\.0% in 2025/);
		expect(q.why).toMatch(/fell by 32\.8 percentage points/);
	});

	it('does not fire for Derby, which rose from 16.4% to 52.6%', () => {
		expect(ask(timelinessFell, 'derby')).toBeNull();
	});

	it('does not compare across the 2023 break in series (Derbyshire cut at 2023: 32.1% to 17.8%)', () => {
		const cut = withSeries('timeliness_20wk_excl', 'E10000007', (s) => s.filter((o) => Number(o.period) <= 2023));
		expect(ask(timelinessFell, 'derbyshire', cut)).toBeNull();
	});

	it('does not fire from a missing value (Derbyshire 2025 made suppressed)', () => {
		const gap = withSeries('timeliness_20wk_excl', 'E10000007', (s) =>
			s.map((o) => (o.period === '2025' ? { ...o, figure: { status: 'suppressed', value: null } } : o)),
		);
		expect(ask(timelinessFell, 'derbyshire', gap)).toBeNull();
	});
});

describe('overAYearAboveEngland', () => {
	it('fires for Derby: 10.6% of new plans took more than a year in 2025, against 10.1% in England', () => {
		const q = ask(overAYearAboveEngland, 'derby')!;
		expect(q.text).toMatch(/^In 2025, 10\.6% of Derby's new EHC plans .* against 10\.1% in England/);
	});

	it('does not fire for Derbyshire (8.5% against 10.1%)', () => {
		expect(ask(overAYearAboveEngland, 'derbyshire')).toBeNull();
	});
});

describe('refusalRateTopQuartile', () => {
	// As the site stood with 2024 the newest year (the 2025 release has since arrived).
	const in2024 = dataUpTo(data, { calendar: '2024', january: '2025' });

	// 153 councils have a 2024 refusal rate; Milton Keynes (none of 846) and Waltham Forest (none of
	// 796) are doubtful under refusals-none-of-many-requests and not ranked: 19 of 151.
	it('fires for Derby in 2024 (39.0%, 19 of 151)', () => {
		const q = ask(refusalRateTopQuartile, 'derby', in2024)!;
		expect(q.text).toMatch(/^In 2024 Derby turned down 39\.0% of requests/);
		expect(q.why).toMatch(/ranked 19 of 151 councils in 2024.*England's rate was 25\.2%.*not a league table/);
	});

	it('does not fire for Derbyshire (second quarter in 2024)', () => {
		expect(ask(refusalRateTopQuartile, 'derbyshire', in2024)).toBeNull();
	});

	it("uses the headline's year: Derby's 2025 rate is 291 of 708 requests (41.1%, requests_2026release_la.csv line 64)", () => {
		const q = ask(refusalRateTopQuartile, 'derby');
		if (q) expect(q.text).toMatch(/^In 2025 Derby turned down 41\.1% of requests/);
		const latest = data.series('refusal_rate', getCouncil('derby').onsCode).at(-1)!;
		expect([latest.period, latest.figure.value]).toEqual(['2025', 41.1]);
	});

	it('asks nothing for a council whose newest figure is missing, rather than using an older year', () => {
		const leicester = getCouncil('leicester');
		const noLatest = withSeries('refusal_rate', leicester.onsCode, (s) => [
			...s.slice(0, -1),
			{ ...s.at(-1)!, figure: { status: 'unavailable', value: null } },
		]);
		expect(refusalRateTopQuartile.ask({ council: leicester, data: noLatest, claims })).toBeNull();
	});
});

describe('appealRateRising', () => {
	it('fires for North East Lincolnshire on the new method (0.8% in 2024, 1.2% in 2025)', () => {
		const q = ask(appealRateRising, 'north-east-lincolnshire')!;
		expect(q.text).toMatch(/0\.8% in 2024, 1\.2% in 2025/);
		expect(q.figures.every((f) => f.label.startsWith('SEND Tribunal appeal rate (new method)'))).toBe(true);
	});

	it('does not fire for Derby, whose new-method rate fell (12.8% to 9.1%)', () => {
		expect(ask(appealRateRising, 'derby')).toBeNull();
	});

	it('prefers the new method: Bury rose three years on the old method but fell on the new', () => {
		expect(ask(appealRateRising, 'bury')).toBeNull();
	});

	it('falls back to the old method over three years when there is no new-method pair (Bury without it: 0.7%, 1.3%, 2.1%)', () => {
		const noNew = withSeries('appeal_rate_new', 'E08000002', () => []);
		const q = ask(appealRateRising, 'bury', noNew)!;
		expect(q.text).toMatch(/0\.7% in 2022, 2\.1% in 2024/);
		expect(q.figures).toHaveLength(3);
	});
});

describe('plansGrowthAboveEngland', () => {
	it('fires for Derbyshire: 3,646 to 7,625 plans (109.1%) from January 2020 to January 2025, against 63.7% in England', () => {
		const q = ask(plansGrowthAboveEngland, 'derbyshire', dataUpTo(data, { calendar: '2024', january: '2025' }))!;
		expect(q.text).toMatch(/grew by 109\.1% in five years \(January 2020 to January 2025\), against 63\.7% in England/);
		expect(q.why).toMatch(/from 3,646 to 7,625; England's rose from 390,109 to 638,745/);
	});

	it('does not fire for Derby (62.5% to January 2025, just below England)', () => {
		expect(ask(plansGrowthAboveEngland, 'derby', dataUpTo(data, { calendar: '2024', january: '2025' }))).toBeNull();
	});

	// caseload.csv (2025 release) lines 325 and 385; caseload_2026release_la.csv lines 2 and 63.
	it("uses the headline's January: Derbyshire 4,001 to 9,022 (125.5%) from January 2021 to January 2026, England 66.9%", () => {
		const q = ask(plansGrowthAboveEngland, 'derbyshire')!;
		expect(q.text).toMatch(/grew by 125\.5% in five years \(January 2021 to January 2026\), against 66\.9% in England/);
		expect(q.why).toMatch(/from 4,001 to 9,022; England's rose from 430,697 to 718,838/);
	});
});

describe('kpiNotReported', () => {
	it("fires for Derby, citing its five 'Work in progress' indicators as not reported", () => {
		const q = ask(kpiNotReported, 'derby')!;
		expect(q.figures.map((f) => f.valueText)).toEqual(Array(5).fill('not reported'));
		expect(q.figures.map((f) => f.citation.where)).toEqual(
			['381', '397', '403', '409', '421'].map((l) => `002_d1d7ea53200f0d67.txt, line ${l}`),
		);
		expect(q.text).toMatch(/Complaints received; Average working days to respond to a complaint/);
	});

	it('does not fire for Derbyshire, whose documents report no unreported indicator', () => {
		expect(ask(kpiNotReported, 'derbyshire')).toBeNull();
	});
});

describe('claimNotSupported', () => {
	it('fires for Derby, citing the claimed 1,375 transfers from the claims collection', () => {
		const q = ask(claimNotSupported, 'derby')!;
		expect(q.figures.map((f) => f.valueText)).toEqual(['1,375']);
		expect(q.why).toMatch(/^"recognise the Council’s success in transferring 1,375/);
	});

	it('fires for Derbyshire with both unsupported claims, the one with no number shown as such', () => {
		const q = ask(claimNotSupported, 'derbyshire')!;
		expect(q.figures.map((f) => f.valueText)).toEqual(['80', 'no number given']);
	});

	it('does not fire when the council has no such claim (no claims passed; Darlington)', () => {
		expect(ask(claimNotSupported, 'derby', data, [])).toBeNull();
		expect(ask(claimNotSupported, 'darlington')).toBeNull();
	});
});

describe('conversionIncomplete', () => {
	it('fires for Derby: 627 statements at the January 2018 census (England 34,097)', () => {
		const q = ask(conversionIncomplete, 'derby')!;
		expect(q.text).toMatch(/At the January 2018 census, .*Derby still held 627 statements/);
		expect(q.figures.map((f) => f.valueText)).toEqual(['627', '34,097']);
	});

	it('does not fire for Darlington, which had none left in January 2018', () => {
		expect(ask(conversionIncomplete, 'darlington')).toBeNull();
	});
});
