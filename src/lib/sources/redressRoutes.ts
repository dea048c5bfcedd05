import { z } from 'zod';
import { requiredText } from '../csv/cells';
import { readValidatedTable } from '../csv/readValidatedTable';
import { duplicates } from './referenceTables';
import type { Parsed } from '../problems';
import type { FamilyOption, RedressRoute } from '../model/redressRoute';

// data/reference/redress-routes.csv and family-options.csv: what a family can do when a council
// is late or says no, each route citing the law that gives it and any time limit it sets. The
// time limits are data (with their provision), never typed into the page.

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const RouteSchema = z
	.object({
		id: z.string().regex(KEBAB, { message: 'an id is lower-case kebab-case' }),
		route: requiredText(),
		time_limit: z.union([
			z.literal('').transform(() => null),
			z.string().regex(/^\d+$/, { message: 'a time limit is a whole number' }).transform(Number),
		]),
		time_unit: z.enum(['', 'days', 'weeks', 'months'], {
			errorMap: () => ({ message: 'time_unit must be blank, days, weeks or months' }),
		}),
		counted_from: z.string().trim(),
		source_id: requiredText(),
		provision: requiredText(),
		explanation: requiredText(),
	})
	.refine(
		(r) => (r.time_limit === null) === (r.time_unit === '') && (r.time_limit === null) === (r.counted_from === ''),
		{
			message: 'give time_limit, time_unit and counted_from together, or leave all three blank',
			path: ['time_limit'],
		},
	);

/** Parses redress-routes.csv: one row per route, ids unique. */
export function parseRedressRoutes(text: string, file: string): Parsed<RedressRoute> {
	const { rows, problems, lacksColumns } = readValidatedTable(text, file, RouteSchema);
	if (lacksColumns) return { rows: [], problems };
	return {
		rows: rows.map(({ line, row }) => ({
			line,
			id: row.id,
			route: row.route,
			timeLimit:
				row.time_limit === null || row.time_unit === ''
					? null
					: { value: row.time_limit, unit: row.time_unit, countedFrom: row.counted_from },
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

const OptionSchema = z.object({
	step_id: requiredText(),
	situation: z.enum(['late', 'refused', 'disagree'], {
		errorMap: () => ({ message: 'situation must be late, refused or disagree' }),
	}),
	routes: z
		.string()
		.trim()
		.refine((s) => s === '' || s.split(';').every((id) => KEBAB.test(id)), {
			message: 'routes is blank or route ids separated by ";"',
		}),
	advice: requiredText(),
});

/** Parses family-options.csv; each step and situation appears once. */
export function parseFamilyOptions(text: string, file: string): Parsed<FamilyOption> {
	const { rows, problems, lacksColumns } = readValidatedTable(text, file, OptionSchema);
	if (lacksColumns) return { rows: [], problems };
	return {
		rows: rows.map(({ line, row }) => ({
			line,
			stepId: row.step_id,
			situation: row.situation,
			routeIds: row.routes === '' ? [] : row.routes.split(';'),
			advice: row.advice,
		})),
		problems: [
			...problems,
			...duplicates(
				file,
				rows.map((r) => ({ line: r.line, key: `${r.row.step_id} ${r.row.situation}` })),
				1,
			),
		],
	};
}
