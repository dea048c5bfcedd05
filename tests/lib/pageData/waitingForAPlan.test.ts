import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStatutoryTimescales } from '~/lib/sources/referenceTables';
import { parseFamilyOptions, parseRedressRoutes } from '~/lib/sources/redressRoutes';
import { waitingForAPlan, timeLimitText, stepWhen } from '~/lib/pageData/waitingForAPlan';

const read = (f: string) => readFileSync(f, 'utf8');
const steps = parseStatutoryTimescales(read('data/reference/statutory-timescales.csv'), 'timescales');
const routes = parseRedressRoutes(read('data/reference/redress-routes.csv'), 'routes');
const options = parseFamilyOptions(read('data/reference/family-options.csv'), 'options');

describe('waitingForAPlan(steps, options, routes) on data/reference', () => {
	const page = waitingForAPlan(steps.rows, options.rows, routes.rows);

	it('reads the reference tables with no problems', () => {
		expect([...steps.problems, ...routes.problems, ...options.problems]).toEqual([]);
	});

	it('has the five statutory steps in order: week 0, 6, 16, at least 15 days, week 20', () => {
		expect(page.map((s) => s.when)).toEqual(['Week 0', 'By week 6', 'By week 16', 'At least 15 days', 'By week 20']);
	});

	it('at week 6: if late, complain then the Ombudsman; if refused, mediation then the Tribunal', () => {
		const six = page.find((s) => s.step.id === 'decide-to-assess');
		expect(six?.options.map((o) => [o.heading, o.routes.map((r) => r.id)])).toEqual([
			['If the council is late', ['complaint', 'ombudsman']],
			['If the council says no', ['mediation', 'tribunal']],
		]);
	});

	it('the appeal must be made within 2 months of the decision letter (Tribunal rules 2008, rule 20)', () => {
		const tribunal = routes.rows.find((r) => r.id === 'tribunal');
		expect(tribunal && timeLimitText(tribunal)).toBe("within 2 months of the date of the council's decision letter");
		expect(tribunal?.provision).toBe('rule 20');
	});

	it('the Ombudsman: within 12 months of first knowing about the problem', () => {
		const lgsco = routes.rows.find((r) => r.id === 'ombudsman');
		expect(lgsco && timeLimitText(lgsco)).toBe('within 12 months of when you first knew about the problem');
	});
});

describe('parseRedressRoutes(text, file) on bad input', () => {
	it('asks for a time limit, unit and start together', () => {
		const { problems } = parseRedressRoutes(
			'id,route,time_limit,time_unit,counted_from,source_id,provision,explanation\ntribunal,Appeal,2,,,law,rule 20,x\n',
			'r.csv',
		);
		expect(problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
			'2:3: time_limit: give time_limit, time_unit and counted_from together, or leave all three blank (got "2")',
		]);
	});
});

describe('stepWhen(step)', () => {
	it('writes days when a step has no week', () => {
		expect(
			stepWhen({
				id: 'x',
				step: 'x',
				weeksFromRequest: null,
				days: 15,
				sourceId: 's',
				provision: 'p',
				explanation: 'e',
			}),
		).toBe('At least 15 days');
	});
});
