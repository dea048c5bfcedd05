import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTribunalNationalOutcomes } from '~/lib/sources/tribunalNationalOutcomes';
import { tribunalOutcomeShares } from '~/lib/metrics/tribunalOutcomeShares';

const FILE = 'data/raw/send-redress-national/send_tribunal_national_outcomes.csv';
const years = tribunalOutcomeShares(parseTribunalNationalOutcomes(readFileSync(FILE, 'utf8'), FILE).rows);
const year = (y: string) => years.find((x) => x.academicYear === y)!;

describe('tribunalOutcomeShares(rows)', () => {
	it('gives a share for the eight years with one, and none for 2023/24 (volumes only)', () => {
		expect(years.map((y) => y.academicYear)).toEqual([
			'2011/12',
			'2014/15',
			'2015/16',
			'2016/17',
			'2017/18',
			'2021/22',
			'2022/23',
			'2024/25',
		]);
	});

	it("2014/15: 680 of 788 decided in the family's favour (86.3%), 108 of 788 for the council (13.7%)", () => {
		expect(year('2014/15').familyFavour).toMatchObject({ basis: 'counts', numerator: 680, denominator: 788 });
		expect(year('2014/15').familyFavour!.value).toBeCloseTo(86.29, 2);
		expect(year('2014/15').councilUpheld!.value).toBeCloseTo(13.71, 2);
	});

	it("2021/22: the council's decision upheld in 3.6% as printed; the family's share is 100 − 3.6 = 96.4", () => {
		expect(year('2021/22').councilUpheld).toMatchObject({ basis: 'published', value: 3.6 });
		expect(year('2021/22').familyFavour).toMatchObject({
			basis: 'complement',
			calculation: '100% − 3.6% with the council’s decision upheld',
		});
		expect(year('2021/22').familyFavour!.value).toBeCloseTo(96.4, 6);
	});

	it('2022/23: 98.3% for families as printed; 136 of 7,968 (1.7%) for councils', () => {
		expect(year('2022/23').familyFavour).toMatchObject({ basis: 'published', value: 98.3 });
		expect(year('2022/23').councilUpheld).toMatchObject({ basis: 'counts', numerator: 136, denominator: 7968 });
		expect(year('2022/23').councilUpheld!.value).toBeCloseTo(1.71, 2);
	});

	it('2024/25: 99% as a law firm rounded it, marked rounded', () => {
		expect(year('2024/25').familyFavour).toMatchObject({ value: 99, rounded: true });
	});
});
