import type { Observation } from '../model/observation';
import type { EesRow, MeasureColumns } from '../sources/eesTable';
import { periodKey, type Period } from '../model/period';

export interface EesObservationOptions {
	sourceId: string;
	file: string;
	/** Overrides the row's own period, e.g. an academic-year caseload row is a January snapshot. */
	period?: (row: EesRow) => Period;
}

/** Turns validated EES rows into tidy observations, one per measure per row. */
export function eesToObservations(
	rows: readonly EesRow[],
	measures: Record<string, MeasureColumns>,
	options: EesObservationOptions,
): Observation[] {
	const out: Observation[] = [];
	for (const row of rows) {
		const period = options.period ? options.period(row) : row.period;
		for (const [measure, columns] of Object.entries(measures)) {
			const figure = row.values[columns.value];
			if (!figure && columns.optional) continue;
			if (!figure)
				throw new Error(
					`${options.file}: measure ${measure} reads column ${columns.value}, which the spec did not ask for`,
				);
			const count = (name: string | undefined) => {
				if (!name) return undefined;
				const f = row.values[name];
				return f?.status === 'published' ? f.value : null;
			};
			const observation: Observation = {
				measure,
				areaType: row.areaType,
				areaCode: row.areaCode,
				periodKind: period.kind,
				period: periodKey(period),
				figure,
				sourceId: options.sourceId,
				file: options.file,
				line: row.line,
			};
			const numerator = count(columns.numerator);
			const denominator = count(columns.denominator);
			if (numerator !== undefined) observation.numerator = numerator;
			if (denominator !== undefined) observation.denominator = denominator;
			out.push(observation);
		}
	}
	return out;
}
