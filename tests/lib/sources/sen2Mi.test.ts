import { describe, expect, it } from 'vitest';
import { parseSen2Mi } from '~/lib/sources/sen2Mi';
import { readRepoFile, sourceFile } from '../../helpers/rawFile';

const sen2Mi2023 = sourceFile('dfe-ehcp-2023-sen2-mi');

const parsed = parseSen2Mi(readRepoFile(sen2Mi2023), sen2Mi2023);
const row = (name: string, year: number) => parsed.rows.find((r) => r.name === name && r.year === year);
const value = (name: string, year: number, column: string) => row(name, year)?.values[column];

describe('parseSen2Mi(text, file) on the 2023 release', () => {
	it('reads all 1,456 rows with no problem', () => {
		expect(parsed.problems).toEqual([]);
		expect(parsed.rows).toHaveLength(1456);
	});

	it('Derby 2018: 52 of 444 new plans within 20 weeks, 11.7%', () => {
		expect(value('Derby', 2018, 'no_exc_20week_ehc')).toEqual({ status: 'published', value: 52 });
		expect(value('Derby', 2018, 'tot_no_exc_ehc')).toEqual({ status: 'published', value: 444 });
		expect(value('Derby', 2018, 'no_exc_20week_rate')).toEqual({ status: 'published', value: 11.7 });
	});

	it('Derby transferred 1,091 statements to EHC plans in 2014–2018 (0 + 35 + 87 + 374 + 595)', () => {
		const years = [2014, 2015, 2016, 2017, 2018].map((y) => value('Derby', y, 'statements_to_ehc'));
		expect(years).toEqual([0, 35, 87, 374, 595].map((v) => ({ status: 'published', value: v })));
	});

	it('Derby 2018 refusals: 63 of 382 initial requests', () => {
		expect(value('Derby', 2018, 'ass_refused_ehc')).toEqual({ status: 'published', value: 63 });
		expect(value('Derby', 2018, 'inreq_ehc')).toEqual({ status: 'published', value: 382 });
	});

	it('sets aside years outside the range asked for, and says so', () => {
		const only = parseSen2Mi(readRepoFile(sen2Mi2023), sen2Mi2023, { from: 2014, to: 2018 });
		expect(only.rows.every((r) => r.year <= 2018)).toBe(true);
		expect(only.setAside).toMatchObject({ 'year 2019 read from another release (see data/README.md)': 161 });
	});
});
