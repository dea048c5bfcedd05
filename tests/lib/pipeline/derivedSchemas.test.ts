import { describe, expect, it } from 'vitest';
import { readCsv } from '~/lib/csv/readCsv';
import { validateRecords } from '~/lib/csv/validateRecords';
import { formatProblem } from '~/lib/problems';
import { DERIVED_COLUMNS, DerivedObservationRow } from '~/lib/pipeline/derivedSchemas';

const HEADER = DERIVED_COLUMNS.observations.join(',');
const MI = 'data/raw/dfe-ehcp-2023-release/sen2_mi.csv';

describe('DerivedObservationRow (data/derived/observations.csv)', () => {
	it('reads Derby 2018 (52 of 444 within 20 weeks, 11.7%) back into an observation', () => {
		const table = readCsv(
			`${HEADER}\ntimeliness_20wk_excl,council,E06000015,calendar,2018,11.7,published,52,444,,dfe-ehcp-2023-sen2-mi,${MI},754,,\n`,
			'o.csv',
		);
		expect(validateRecords(table, DerivedObservationRow).rows[0]?.row).toEqual({
			measure: 'timeliness_20wk_excl',
			areaType: 'council',
			areaCode: 'E06000015',
			periodKind: 'calendar',
			period: '2018',
			figure: { status: 'published', value: 11.7 },
			numerator: 52,
			denominator: 444,
			sourceId: 'dfe-ehcp-2023-sen2-mi',
			file: MI,
			line: 754,
		});
	});

	const row = (value: string, status: string) =>
		`timeliness_20wk_excl,council,E06000015,calendar,2018,${value},${status},52,444,,s,${MI},754,,`;

	it.each([
		['a published figure with no value', row('', 'published'), 'o.csv:2:6: value: a published figure needs a value'],
		['an unknown status', row('', 'gone'), 'o.csv:2:7: status: Invalid enum value'],
		['a value that is not a number', row('n/a', 'published'), 'o.csv:2:6: value: Invalid input (got "n/a")'],
	])('stops on %s, located', (_what, line, message) => {
		const { problems } = validateRecords(readCsv(`${HEADER}\n${line}\n`, 'o.csv'), DerivedObservationRow);
		expect(problems.map(formatProblem).join('\n')).toContain(message);
	});
});
