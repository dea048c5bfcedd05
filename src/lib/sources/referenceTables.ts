import { z } from 'zod';
import { readValidatedTable } from '../csv/readValidatedTable';
import { requiredText, dfeLaCode, onsCode } from '../csv/cells';
import type { Parsed, Problem } from '../problems';
import { PERIOD_KINDS, parseIsoDate, type PeriodKind } from '../model/period';
import { HIGHER_IS, MEASURE_GROUPS, MEASURE_UNITS, type Measure } from '../model/measure';
import type { FormerCouncil } from '../model/council';
import type { StatutoryStep } from '../model/statutoryStep';

// Hand-edited lookups in data/reference/: the few human decisions the pipeline depends on.

const MeasureSchema = z.object({
	id: z.string().regex(/^[a-z0-9_]+$/, { message: 'a measure id is lower_snake_case' }),
	group: z.enum(MEASURE_GROUPS),
	label: requiredText(),
	short_label: requiredText(),
	unit: z.enum(MEASURE_UNITS),
	period_kind: z.enum(PERIOD_KINDS as [PeriodKind, ...PeriodKind[]]),
	higher_is: z.enum(HIGHER_IS),
	break_before: z.union([
		z.literal('').transform(() => null),
		z
			.string()
			.regex(/^\d{4}$/)
			.transform(Number),
	]),
	definition: requiredText(),
	derived_from: z.string(),
	// For a rate: the number of cases below which it swings on a handful (one plan of three is
	// 33%); charts draw such points hollow and print "n of d". Blank for counts.
	small_base: z.union([
		z.literal('').transform(() => null),
		z
			.string()
			.regex(/^[1-9]\d*$/, { message: 'a small base is a whole number of cases, or blank' })
			.transform(Number),
	]),
});

/** Parses data/reference/measures.csv: one row per measure the site shows. */
export function parseMeasures(text: string, file: string): Parsed<Measure> {
	const { rows, problems, lacksColumns } = readValidatedTable(text, file, MeasureSchema);
	if (lacksColumns) return { rows: [], problems };
	return {
		rows: rows.map(({ row }) => ({
			id: row.id,
			group: row.group,
			label: row.label,
			definition: row.definition,
			unit: row.unit,
			shortLabel: row.short_label,
			periodKind: row.period_kind,
			higherIs: row.higher_is,
			breakBefore: row.break_before,
			derivedFrom: row.derived_from,
			smallBase: row.small_base,
		})),
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

const FormerCouncilSchema = z.object({
	dfe_code: dfeLaCode(),
	ons_code: onsCode(),
	name: requiredText(),
	ended: z.string().refine((s) => parseIsoDate(s) !== null, { message: 'expected a real date YYYY-MM-DD' }),
	successors: requiredText(),
	note: requiredText(),
});

/** Parses data/reference/former-councils.csv: councils abolished since 2010 whose rows the site sets aside. */
export function parseFormerCouncils(text: string, file: string): Parsed<FormerCouncil> {
	const { rows, problems, lacksColumns } = readValidatedTable(text, file, FormerCouncilSchema);
	if (lacksColumns) return { rows: [], problems };
	return {
		rows: rows.map(({ row }) => ({
			dfeCode: row.dfe_code,
			onsCode: row.ons_code,
			name: row.name,
			ended: row.ended,
			successors: row.successors,
			note: row.note,
		})),
		problems: [
			...problems,
			...duplicates(
				file,
				rows.map((r) => ({ line: r.line, key: r.row.dfe_code })),
				1,
			),
		],
	};
}

/** Problems for keys that repeat, each naming the line where the key first appeared. */
export function duplicates(file: string, keyed: readonly { line: number; key: string }[], column: number): Problem[] {
	const first = new Map<string, number>();
	const problems: Problem[] = [];
	for (const { line, key } of keyed) {
		const seen = first.get(key);
		if (seen === undefined) first.set(key, line);
		else problems.push({ file, line, column, message: `duplicate row: "${key}" already appears on line ${seen}` });
	}
	return problems;
}

const TimescaleSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9-]+$/, { message: 'an id is lower-case kebab-case' }),
		step: requiredText(),
		weeks_from_request: z.union([
			z.literal('').transform(() => null),
			z.string().regex(/^\d+$/, { message: 'weeks must be a whole number' }).transform(Number),
		]),
		days: z.union([
			z.literal('').transform(() => null),
			z.string().regex(/^\d+$/, { message: 'days must be a whole number' }).transform(Number),
		]),
		source_id: requiredText(),
		provision: requiredText(),
		explanation: requiredText(),
	})
	.refine((r) => (r.weeks_from_request === null) !== (r.days === null), {
		message: 'give weeks_from_request or days, not both or neither',
		path: ['weeks_from_request'],
	});

/** Parses data/reference/statutory-timescales.csv: the legal time limits, each citing its provision. */
export function parseStatutoryTimescales(text: string, file: string): Parsed<StatutoryStep> {
	const { rows, problems, lacksColumns } = readValidatedTable(text, file, TimescaleSchema);
	if (lacksColumns) return { rows: [], problems };
	return {
		rows: rows.map(({ row }) => ({
			id: row.id,
			step: row.step,
			weeksFromRequest: row.weeks_from_request,
			days: row.days,
			sourceId: row.source_id,
			provision: row.provision,
			explanation: row.explanation,
		})),
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
