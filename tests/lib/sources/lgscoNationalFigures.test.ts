import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLgscoNationalFigures } from '~/lib/sources/lgscoNationalFigures';

const FILE = 'data/raw/send-redress-national/lgsco_national_figures.csv';
const parsed = parseLgscoNationalFigures(readFileSync(FILE, 'utf8'), FILE);

describe('parseLgscoNationalFigures(text, file)', () => {
	it('reads all 12 figures with no problems', () => {
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows).toHaveLength(12);
	});

	it("2024-25: fault found in 94% of SEND cases, from the Ombudsman's own news release", () => {
		expect(parsed.rows.find((r) => r.measure === 'fault_found_pct_send_provision')).toMatchObject({
			period: '2024-25',
			periodKind: 'financial',
			value: 94,
			unit: 'percent',
			source: { origin: 'primary', date: '2025-07' },
		});
	});

	it('"2023-08" is a month (a news release), not a business year', () => {
		expect(parsed.rows.find((r) => r.measure === 'upheld_pct_send_investigations')).toMatchObject({
			periodKind: 'month',
			value: 90,
		});
	});
});
