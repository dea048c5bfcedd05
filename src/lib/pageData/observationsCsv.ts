import { toCsv } from '../format/toCsv';
import type { Observation } from '../model/observation';
import { SOURCE_COLUMNS, figureCells, sourceCells, type CsvSource } from './csvSourceColumns';

/** Labels for the CSV's area column, by area code. */
export type AreaNames = (areaCode: string) => string;

const COLUMNS = [
	'measure',
	'area',
	'area_code',
	'period_type',
	'period',
	'value',
	'status',
	'numerator',
	'denominator',
	'break_in_series',
	...SOURCE_COLUMNS,
	'source_id',
	'source_file',
	'source_line',
	'calculation',
	'note',
];

/**
 * Observations as a CSV a journalist can open: one row per figure, the value blank where none
 * was published and the reason in `status`, cited by the publisher's title, release and address,
 * then (for checkers) the file in our repository and the line each figure came from.
 */
export function observationsCsv(
	observations: readonly Observation[],
	areaName: AreaNames,
	sourceOf: (sourceId: string) => CsvSource,
): string {
	const rows = observations.map((o) => [
		o.measure,
		areaName(o.areaCode),
		o.areaCode,
		o.periodKind,
		o.period,
		...figureCells(o),
		...sourceCells(sourceOf(o.sourceId)),
		o.sourceId,
		o.file,
		String(o.line),
		o.calculation ?? '',
		o.note ?? '',
	]);
	return toCsv(COLUMNS, rows);
}
