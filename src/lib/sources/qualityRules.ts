import { z } from 'zod';
import { requiredText } from '../csv/cells';
import { readValidatedTable } from '../csv/readValidatedTable';
import type { Parsed } from '../problems';
import { duplicates } from './referenceTables';

// data/reference/quality-rules.csv: the rules that mark a published figure as doubtful. The
// rules are data, so a new check on an existing kind is a new row, not new code; each kind is
// worked out in src/lib/quality/doubtfulFigures.ts.

/** What a rule compares. */
export type QualityRuleKind = 'fewer_than' | 'yearly_change' | 'uncertain_correction' | 'zero_of';

/** One data-quality rule, as the pipeline applies it and the Data quality page explains it. */
export interface QualityRule {
	line: number;
	id: string;
	kind: QualityRuleKind;
	/** The measures the rule checks. */
	measures: string[];
	/** fewer_than: the measure a checked figure must not be smaller than (same area, same year); zero_of: the count a zero is out of. */
	compareMeasure: string | null;
	/** fewer_than: years from the checked figure's year to the compared one (1: the January after a calendar year). */
	compareOffset: number;
	/** yearly_change: the largest plausible change in a year, in percent. */
	threshold: number | null;
	/** yearly_change: the rule applies only where either year's count is at least this; zero_of: where the compared count is. */
	minCount: number | null;
	/** yearly_change: the first year checked (a change into this year from the one before). */
	fromYear: number | null;
	/** Measures worked out from a doubtful figure, doubtful with it (same area and year). */
	also: string[];
	/** The plain-English caution shown beside a figure the rule caught. */
	caution: string;
	/** What the rule checks and why, for the Data quality page. */
	explanation: string;
}

const measureList = () =>
	z
		.string()
		.trim()
		.regex(/^([a-z0-9_]+( [a-z0-9_]+)*)?$/, { message: 'expected measure ids separated by spaces' })
		.transform((s) => (s === '' ? [] : s.split(' ')));
const optionalNumber = () =>
	z
		.string()
		.trim()
		.regex(/^(\d+(\.\d+)?)?$/, { message: 'expected blank or a number' })
		.transform((s) => (s === '' ? null : Number(s)));

const QualityRuleSchema = z.object({
	id: z.string().regex(/^[a-z0-9-]+$/, { message: 'a rule id is lower-case-with-hyphens' }),
	kind: z.enum(['fewer_than', 'yearly_change', 'uncertain_correction', 'zero_of']),
	measures: measureList(),
	compare_measure: z.string().trim(),
	compare_offset: optionalNumber(),
	threshold: optionalNumber(),
	min_count: optionalNumber(),
	from_year: optionalNumber(),
	also: measureList(),
	caution: requiredText(),
	explanation: requiredText(),
});

/** Parses data/reference/quality-rules.csv; each kind's required settings are checked. */
export function parseQualityRules(text: string, file: string): Parsed<QualityRule> {
	const { rows, problems, lacksColumns } = readValidatedTable(text, file, QualityRuleSchema);
	if (lacksColumns) return { rows: [], problems };
	const out: QualityRule[] = [];
	const column = (name: string) => Object.keys(QualityRuleSchema.shape).indexOf(name) + 1;
	for (const { line, row } of rows) {
		const need = (ok: boolean, name: string, what: string) => {
			if (!ok) problems.push({ file, line, column: column(name), message: `${name}: ${what} (got "")` });
			return ok;
		};
		const fine =
			need(row.measures.length > 0, 'measures', 'a rule checks at least one measure') &&
			(row.kind !== 'fewer_than' ||
				need(row.compare_measure !== '', 'compare_measure', 'fewer_than needs a measure')) &&
			(row.kind !== 'zero_of' ||
				(need(row.compare_measure !== '', 'compare_measure', 'zero_of needs the measure the zero is out of') &&
					need(row.min_count !== null, 'min_count', 'zero_of needs a smallest count'))) &&
			(row.kind !== 'yearly_change' ||
				(need(row.threshold !== null, 'threshold', 'yearly_change needs a percentage') &&
					need(row.min_count !== null, 'min_count', 'yearly_change needs a smallest count')));
		if (!fine) continue;
		out.push({
			line,
			id: row.id,
			kind: row.kind,
			measures: row.measures,
			compareMeasure: row.compare_measure || null,
			compareOffset: row.compare_offset ?? 0,
			threshold: row.threshold,
			minCount: row.min_count,
			fromYear: row.from_year,
			also: row.also,
			caution: row.caution,
			explanation: row.explanation,
		});
	}
	return {
		rows: out,
		problems: [
			...problems,
			...duplicates(
				file,
				rows.map((r) => ({ line: r.line, key: r.row.id })),
				1,
			),
		],
	};
}
