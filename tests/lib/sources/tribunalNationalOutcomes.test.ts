import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTribunalNationalOutcomes } from '~/lib/sources/tribunalNationalOutcomes';

const FILE = 'data/raw/send-redress-national/send_tribunal_national_outcomes.csv';
const TEXT = readFileSync(FILE, 'utf8');
const parsed = parseTribunalNationalOutcomes(TEXT, FILE);
const HEADER = TEXT.split('\n')[0]!;

describe('parseTribunalNationalOutcomes(text, file)', () => {
	it('reads all 42 figures with no problems', () => {
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows).toHaveLength(42);
	});

	it('resolves "same Schools Week article" to the earlier row with the same address', () => {
		const row = parsed.rows.find((r) => r.line === 25)!;
		expect(row).toMatchObject({
			academicYear: '2022/23',
			measure: 'decided_la_decision_upheld_national',
			value: 136,
			unit: 'count',
		});
		expect(row.source).toMatchObject({
			name: "Schools Week, 'Record SEND tribunals rise AGAIN, as nearly all parents win appeals'",
			date: '2023-12-14',
			origin: 'secondary',
		});
	});

	it('marks a rounded figure: 2024/25 appeals registered "about 25,000"', () => {
		expect(
			parsed.rows.find((r) => r.academicYear === '2024/25' && r.measure === 'appeals_registered_national'),
		).toMatchObject({ value: 25000, rounded: true });
	});

	it('reports "same" with no earlier row, an unknown measure and a percentage over 100', () => {
		const text = `${HEADER}\n2022/23,pct_decided_in_favour_of_appellant,101,percent,same,https://example.org/a,,secondary (news),\n2022/23,appeals_won,5,appeals,A report,https://example.org/b,,secondary (news),\n`;
		const result = parseTribunalNationalOutcomes(text, 't.csv');
		expect(result.problems).toEqual([
			{ file: 't.csv', line: 2, column: 3, message: 'value: a percentage cannot be over 100 (got "101")' },
			{
				file: 't.csv',
				line: 2,
				column: 5,
				message: 'source_name: "same" needs an earlier row with the same source_url (got "same")',
			},
			{
				file: 't.csv',
				line: 3,
				column: 2,
				message:
					'measure: not a measure the site knows (19 are listed in src/lib/model/tribunalNational.ts) (got "appeals_won")',
			},
		]);
	});
});
