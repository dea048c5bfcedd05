import { toCsv } from '../csv/toCsv';
import type { Observation } from '../observation';

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
	'source_id',
	'source_file',
	'source_line',
	'calculation',
	'note',
];

/**
 * Observations as a CSV a journalist can open: one row per figure, the value blank where none
 * was published and the reason in `status`, with the file and line each figure came from.
 */
export function observationsCsv(observations: readonly Observation[], areaName: AreaNames): string {
	const rows = observations.map((o) => [
		o.measure,
		areaName(o.areaCode),
		o.areaCode,
		o.periodKind,
		o.period,
		o.figure.status === 'published' ? String(o.figure.value) : '',
		o.figure.status,
		o.numerator ?? '',
		o.denominator ?? '',
		o.breakInSeries ? 'yes' : '',
		o.sourceId,
		o.file,
		String(o.line),
		o.calculation ?? '',
		o.note ?? '',
	]);
	return toCsv(COLUMNS, rows);
}
