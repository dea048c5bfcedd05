import { describe, expect, it } from 'vitest';
import { parseSen2AgeCaseload } from '~/lib/sources/sen2AgeCaseload';
import { readRepoFile, sourceFile } from '../../helpers/rawFile';

const sen2AgeCaseload2022 = sourceFile('dfe-ehcp-2022-age-caseload');

const parsed = parseSen2AgeCaseload(readRepoFile(sen2AgeCaseload2022), sen2AgeCaseload2022);
const value = (name: string, year: number, column: string) =>
	parsed.rows.find((r) => r.name === name && r.year === year)?.values[column];

describe('parseSen2AgeCaseload(text, file)', () => {
	it('reads the all-ages rows with no problem', () => expect(parsed.problems).toEqual([]));

	it('Derby still had 627 statements open in January 2018', () => {
		expect(value('Derby', 2018, 'total_st')).toEqual({ status: 'published', value: 627 });
	});

	it('England had no statements left by January 2022: "z", not applicable, not zero', () => {
		const england = parsed.rows.find((r) => r.areaType === 'england' && r.year === 2022);
		expect(england?.values['total_st']).toEqual({ status: 'not_applicable', value: null });
		expect(england?.values['total_ehc']).toEqual({ status: 'published', value: 473255 });
	});
});
