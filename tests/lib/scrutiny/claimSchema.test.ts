import { describe, expect, it } from 'vitest';
import { claimBodyProblem, claimSchema, VERDICTS } from '../../../src/lib/scrutiny/claimSchema';
import { readClaims } from './claimFiles';

const valid = {
	council: 'derby',
	date: '2018-10-29',
	who: 'An officer',
	claimFigure: 'derby-2018-timeliness-20wk-28-september',
	source: 'seed-002-derby-scrutiny-report',
	measure: 'timeliness_20wk_incl',
	period: 'April to September 2018',
	verdict: 'cannot be checked',
	verdictReason: 'Words only.',
	evidence: ['timeliness-excl-2018'],
};
const issues = (input: unknown) => {
	const r = claimSchema.safeParse(input);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('claimSchema', () => {
	it('accepts a claim whose number comes from a seed figure', () => {
		expect(issues(valid)).toEqual([]);
	});

	it('rejects digits in verdictReason, because figures are rendered from the data', () => {
		expect(issues({ ...valid, verdictReason: 'DfE says 11.7%.' })).toEqual([
			expect.stringMatching(/^verdictReason: verdictReason must be words only/),
		]);
	});

	it('rejects a typed quote that holds a number (name the seed figure instead)', () => {
		expect(issues({ ...valid, quote: 'only 14 appeals' })).toEqual([
			expect.stringMatching(/^quote: quote must be words only/),
		]);
	});

	it('needs either claimFigure or quote', () => {
		const { claimFigure: _, ...rest } = valid;
		expect(issues(rest)).toEqual([expect.stringMatching(/^quote: a claim needs its words/)]);
	});

	it.each(VERDICTS)('accepts the verdict "%s"', (verdict) => {
		expect(issues({ ...valid, verdict })).toEqual([]);
	});

	it('rejects any other verdict', () => {
		expect(issues({ ...valid, verdict: 'false' })).toHaveLength(1);
	});

	it.each([
		['a day', '2018-07-17', '2018-07-17'],
		['a month', '2018-07', '2018-07'],
		['a year (an undated article)', '2024', '2024'],
		['a YAML date', new Date(Date.UTC(2018, 6, 17)), '2018-07-17'],
	])('keeps a date given as %s as ISO text', (_, date, iso) => {
		expect(claimSchema.parse({ ...valid, date }).date).toBe(iso);
	});

	it('rejects a date that does not exist', () => {
		expect(issues({ ...valid, date: '2018-02-30' })).toEqual([expect.stringMatching(/^date: /)]);
	});

	it('rejects an evidence key of an unknown form', () => {
		expect(issues({ ...valid, evidence: ['timeliness-2018'] })).toEqual([
			expect.stringMatching(/^evidence\.0: not a known evidence key/),
		]);
	});
});

describe('claimBodyProblem(body)', () => {
	it('is null for words only', () => {
		expect(claimBodyProblem('DfE counts calendar years; the report counts a financial year.')).toBeNull();
	});

	it('names the line that holds a digit', () => {
		expect(claimBodyProblem('Words.\nDfE says 11.7%.')).toMatch(/must be words only[\s\S]*line 2: DfE says 11\.7%\./);
	});
});

describe('src/content/claims/*.md', () => {
	const claims = readClaims();

	it('holds the seeded claims, for Derby and Derbyshire', () => {
		expect(claims.map((c) => c.id)).toEqual([
			'derby-2018-no-specific-complaints',
			'derby-2018-statements-transferred',
			'derby-2018-timeliness-within-20-weeks',
			'derby-2018-tribunal-appeals',
			'derbyshire-2023-council-wins-three-percent',
			'derbyshire-2023-national-average',
			'derbyshire-2023-tribunals-halved',
			'derbyshire-2024-in-line-with-national-average',
			'derbyshire-2024-ombudsman-decisions',
		]);
	});

	it.each(readClaims().map((c) => [c.id, c] as const))('%s has a body of words only', (_, claim) => {
		expect(claimBodyProblem(claim.body)).toBeNull();
	});
});
