import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '~/lib/problems';
import { parseSeedFigures, parseSeedMeasures } from '~/lib/sources/seedFigures';
import { findQuoteLines } from '~/lib/text/findQuoteLines';
import { type SeedFigure } from '~/lib/model/seedFigure';
import { parseSourcesTable } from '~/lib/sources/sourcesTable';
import { parseMeasures } from '~/lib/sources/referenceTables';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(root + path, 'utf8');
const FIGURES = 'data/transcribed/seed-figures.csv';
const MEASURES = 'data/reference/seed-measures.csv';

// Official measure ids the seed measures may speak to: those data/reference/measures.csv defines.
const OFFICIAL = new Set(
	parseMeasures(read('data/reference/measures.csv'), 'data/reference/measures.csv').rows.map((m) => m.id),
);
const DERBY = 'E06000015';
const DERBYSHIRE = 'E10000007';
const ENGLAND = 'E92000001';
// Any council the site knows, its region or England: a council's FOI answer may add figures for
// any of them (data/README.md), not only the councils of the seed documents.
const AREAS = new Set([
	ENGLAND,
	...read('data/derived/councils.csv')
		.trim()
		.split('\n')
		.slice(1)
		.flatMap((line) => {
			const [ons = '', , , , , region = ''] = line.split(',');
			return [ons, region];
		}),
]);

const sources = parseSourcesTable(read('data/reference/sources.csv'), 'data/reference/sources.csv');
const measures = parseSeedMeasures(read(MEASURES), MEASURES, { officialMeasureIds: OFFICIAL });
const known = {
	sourceIds: new Set(sources.rows.map((s) => s.id)),
	measureIds: new Set(measures.rows.map((m) => m.id)),
	areaCodes: AREAS,
};
const figuresText = read(FIGURES);
const figures = parseSeedFigures(figuresText, FIGURES, known);
const byId = new Map(figures.rows.map((f) => [f.id, f]));
const get = (id: string): SeedFigure => {
	const figure = byId.get(id);
	if (!figure) throw new Error(`no seed figure ${id}`);
	return figure;
};

describe('parseSeedMeasures(text, file, known) on data/reference/seed-measures.csv', () => {
	it('has no problems, and every measure is used by a figure', () => {
		expect(measures.problems.map(formatProblem)).toEqual([]);
		const used = new Set(figures.rows.map((f) => f.measure));
		expect(measures.rows.map((m) => m.id).filter((id) => !used.has(id))).toEqual([]);
	});

	it('gives each figure the unit of its measure', () => {
		const unitOf = new Map(measures.rows.map((m) => [m.id, m.unit]));
		for (const f of figures.rows) expect(f.unit, f.id).toBe(unitOf.get(f.measure));
	});

	it('sets the conversion and timeliness claims against official measures', () => {
		const speaksTo = new Map(measures.rows.map((m) => [m.id, m.speaks_to]));
		expect(speaksTo.get('transfers_completed')).toBe('statements_transferred');
		expect(speaksTo.get('statements_outstanding')).toBe('statements_in_place');
		expect(speaksTo.get('plans_maintained')).toBe('plans_in_place');
		expect(speaksTo.get('tribunal_cases_stated')).toBe('appeals_registered');
		expect(speaksTo.get('draft_plans_issued')).toBe('');
	});
});

describe('parseSeedFigures(text, file, known) on data/transcribed/seed-figures.csv', () => {
	it('has no problems', () => {
		expect(figures.problems.map(formatProblem)).toEqual([]);
		expect(figures.rows).toHaveLength(figuresText.trim().split('\n').length - 1);
	});

	it("reads the Derby claim of 1,375 transfers as the council's, over the programme", () => {
		expect(get('derby-2018-statements-transferred-claimed')).toMatchObject({
			sourceId: 'seed-000-derby-blog',
			areaCode: DERBY,
			measure: 'transfers_completed',
			period: { kind: 'range', start: '2014-09-01', end: '2018-03-31' },
			value: { status: 'published', value: 1375 },
			unit: 'count',
			qualifier: 'exact',
			quoteLine: 8,
		});
		expect(get('derby-2018-statements-transferred-claimed').note).toMatch(/^Claim by the council/);
	});

	it("reads the blog's pace figures: 737 left with three months to go, 245 a month needed", () => {
		expect(get('derby-2018-statements-outstanding-january-blog')).toMatchObject({
			period: { kind: 'date', date: '2018-01-01' },
			value: { status: 'published', value: 737 },
			quoteLine: 25,
		});
		expect(get('derby-2018-transfer-rate-required-blog')).toMatchObject({
			period: { kind: 'range', start: '2018-01-01', end: '2018-03-31' },
			value: { status: 'published', value: 245 },
			unit: 'per_month',
		});
		expect(get('derby-2017-transfers-apr-dec-2017-blog')).toMatchObject({
			period: { kind: 'range', start: '2017-04-01', end: '2017-12-31' },
			value: { value: 200 },
			qualifier: 'just_over',
		});
		expect(get('derby-2018-transfer-quality-complaints-claimed').value).toEqual({
			status: 'published',
			value: 0,
		});
	});

	it('reads the KPI table as at 01/10/2018, keeping "Work in progress" as not reported', () => {
		expect(get('derby-2018-send1-plans-maintained')).toMatchObject({
			period: { kind: 'date', date: '2018-10-01' },
			value: { status: 'published', value: 2039 },
			quoteLine: 339,
		});
		expect(get('derby-2018-send5-reviews-scheduled-next-3-months').value).toEqual({
			status: 'not_reported',
			value: null,
		});
		const notReported = figures.rows.filter((f) => f.value.status === 'not_reported').map((f) => f.id);
		expect(notReported).toEqual([
			'derby-2018-send5-reviews-scheduled-next-3-months',
			'derby-2018-send7-complaints',
			'derby-2018-send8-complaint-response-days',
			'derby-2018-send9-reviews-in-timescale',
			'derby-2018-send10-plans-not-reviewed-12-months',
		]);
		const transition = ['nursery', 'year-2', 'year-6', 'year-9', 'year-11'].map(
			(g) => get(`derby-2018-send4-plans-${g}`).value.value ?? NaN,
		);
		expect(transition).toEqual([9, 95, 125, 178, 130]);
		expect(get('derby-2018-send4-plans-transition-total').value.value).toBe(537);
		expect(get('derby-2018-send13-tribunal-cases').value.value).toBe(36);
		expect(get('derby-2018-send14-tribunal-cases-upheld').value.value).toBe(1);
	});

	it('reads the Derby timeliness claims and the 75% target', () => {
		expect(get('derby-2018-timeliness-20wk-28-september')).toMatchObject({
			period: { kind: 'date', date: '2018-09-28' },
			value: { value: 53 },
			unit: 'percent',
		});
		expect(get('derby-2018-timeliness-20wk-q1')).toMatchObject({
			period: { kind: 'range', start: '2018-04-01', end: '2018-06-30' },
			value: { value: 30 },
		});
		expect(get('derby-2019-timeliness-20wk-target')).toMatchObject({
			period: { kind: 'date', date: '2019-03-31' },
			value: { value: 75 },
			qualifier: 'target',
		});
		expect(get('derby-2018-requests-since-april')).toMatchObject({
			period: { kind: 'range', start: '2018-04-01', end: '2018-10-01' },
			value: { value: 186 },
		});
	});

	it('reads Derbyshire\'s tribunals "halved from 160 to 80" as two dated figures', () => {
		expect(get('derbyshire-2022-ehcp-tribunals-before')).toMatchObject({
			areaCode: DERBYSHIRE,
			period: { kind: 'date', date: '2022-10-25' },
			value: { value: 160 },
		});
		expect(get('derbyshire-2023-ehcp-tribunals-after')).toMatchObject({
			areaCode: DERBYSHIRE,
			period: { kind: 'date', date: '2023-10-25' },
			value: { value: 80 },
		});
		expect(get('england-2023-timeliness-20wk-national-stated')).toMatchObject({
			areaCode: ENGLAND,
			value: { value: 46 },
			quoteLine: 17,
		});
	});

	it('leaves the undated news article without a period, and says why', () => {
		const news = figures.rows.filter((f) => f.sourceId === 'seed-001-derbyshire-news');
		expect(news.map((f) => f.value.value)).toEqual([9, 20000, 6000, 2, 10000, 1000000]);
		for (const f of news) {
			expect(f.period, f.id).toBeNull();
			expect(f.note, f.id).toMatch(/^Undated article/);
		}
	});

	it('quotes each figure verbatim: the quote occurs in its seed and starts on the stated line', () => {
		const fileOf = new Map(sources.rows.map((s) => [s.id, s.file]));
		for (const f of figures.rows) {
			expect(sources.rows.find((s) => s.id === f.sourceId)?.kind, f.id).toBe('seed_document');
			const lines = findQuoteLines(read(fileOf.get(f.sourceId) ?? ''), f.quote);
			expect(lines, f.id).toEqual([f.quoteLine]);
		}
	});

	it('has the figure itself in every quote, in digits or in the words the document uses', () => {
		const words: Record<number, string[]> = {
			0: ['no '],
			1: ['one'],
			2: ['two', 'doubled'],
			9: ['nine'],
			1000000: ['£1 million', '£1million'],
		};
		for (const f of figures.rows) {
			if (f.value.status !== 'published') continue;
			const v = f.value.value;
			const forms = [String(v), v.toLocaleString('en-GB'), ...(words[v] ?? [])];
			expect(
				forms.some((form) => f.quote.includes(form)),
				`${f.id}: ${f.quote}`,
			).toBe(true);
		}
	});
});

describe('parseSeedFigures(text, file, known) on bad input', () => {
	// The header and real rows from seed-figures.csv, each case breaking one cell.
	const [header = '', ...lines] = figuresText.split('\n');
	const columns = header.split(',');
	const real = (id: string) => {
		const line = lines.find((l) => l.startsWith(`${id},`));
		if (!line) throw new Error(`no row ${id}`);
		return Papa.parse<string[]>(line).data[0] ?? [];
	};
	const set = (fields: string[], name: string, value: string) =>
		fields.map((f, i) => (columns[i] === name ? value : f));
	const csv = (...rows: string[][]) => [header, ...rows.map((r) => Papa.unparse([r]))].join('\n') + '\n';
	const claim = real('derby-2018-statements-transferred-claimed');
	const appeals = real('derby-2018-transfer-appeals-claimed');
	const send6 = real('derby-2018-send6-timeliness-20wk');
	const send5 = real('derby-2018-send5-reviews-scheduled-next-3-months');
	const september = real('derby-2018-timeliness-20wk-28-september');
	const problems = (input: string) => parseSeedFigures(input, 'bad.csv', known).problems.map(formatProblem);

	it.each([
		// [what, the broken file, the one problem expected]
		[
			'a value with a thousands separator',
			csv(set(claim, 'value', '1,375')),
			'bad.csv:2:7: value: expected a plain decimal number such as 1375 or 0.5 (no commas, symbols or units) (got "1,375")',
		],
		[
			'a negative value',
			csv(claim, set(appeals, 'value', '-14')),
			'bad.csv:3:7: value: a value cannot be negative (got "-14")',
		],
		[
			'a percentage over 100',
			csv(claim, set(send6, 'value', '153')),
			'bad.csv:3:7: value: a percentage cannot be over 100 (got "153")',
		],
		[
			'a fractional count',
			csv(set(claim, 'value', '1375.5')),
			'bad.csv:2:7: value: a count value must be a whole number (got "1375.5")',
		],
		[
			'an impossible date',
			csv(claim, set(september, 'period', '2018-02-30')),
			'bad.csv:3:6: period: period does not fit period_type date: not a real date in the form YYYY-MM-DD (got "2018-02-30")',
		],
		[
			'a period of the wrong type',
			csv(set(september, 'period_type', 'academic')),
			'bad.csv:2:6: period: period does not fit period_type academic: an academic year is written 2022/23 (got "2018-09-28")',
		],
		[
			'an unknown period type',
			csv(set(september, 'period_type', 'quarter')),
			'bad.csv:2:5: period_type: period_type must be one of calendar, academic, financial, january, date, range (got "quarter")',
		],
		[
			'a blank period with no note',
			csv(set(set(set(september, 'period_type', ''), 'period', ''), 'note', '')),
			'bad.csv:2:6: period: period is blank, so the note must say why (the source gives no date or period) (got "")',
		],
		[
			'an unknown source',
			csv(claim, set(appeals, 'source_id', 'seed-999-unknown')),
			'bad.csv:3:2: source_id: unknown source id, not in data/reference/sources.csv (got "seed-999-unknown")',
		],
		[
			'an unknown measure',
			csv(set(claim, 'measure', 'statements_converted')),
			'bad.csv:2:4: measure: unknown measure id, not in data/reference/seed-measures.csv (got "statements_converted")',
		],
		[
			// E06000016 (Leicester) is a known council now; E06000099 is no council's code.
			'an unknown area',
			csv(set(claim, 'area_code', 'E06000099')),
			'bad.csv:2:3: area_code: area code not among the known areas (got "E06000099")',
		],
		[
			'a repeated id',
			csv(claim, appeals, claim),
			'bad.csv:4:1: id: duplicate id, first used on line 2 (got "derby-2018-statements-transferred-claimed")',
		],
		[
			'an empty quote',
			csv(set(claim, 'quote', '')),
			'bad.csv:2:11: quote: this cell is required but is empty (got "")',
		],
		['an empty id', csv(set(claim, 'id', '')), 'bad.csv:2:1: id: this cell is required but is empty (got "")'],
		[
			'a value on a not-reported row',
			csv(set(send5, 'value', '0')),
			'bad.csv:2:7: value: value must be blank when status is not_reported (got "0")',
		],
		[
			'a published row with no value',
			csv(set(claim, 'value', '')),
			'bad.csv:2:7: value: a published figure needs a value (got "")',
		],
		[
			'an unknown unit',
			csv(set(claim, 'unit', 'children')),
			'bad.csv:2:8: unit: unit must be one of count, percent, gbp, per_month, weeks, days, cases, fold (got "children")',
		],
		[
			'a line that is not a number',
			csv(set(claim, 'line', 'eight')),
			'bad.csv:2:12: line: line is the 1-based line of the seed file where the quote starts (got "eight")',
		],
	])('reports %s at its file:line:column', (_what, input, expected) => {
		expect(problems(input)).toEqual([expected]);
	});

	it('reports a missing column once, on the header line, and reads no rows', () => {
		const drop = (fields: string[]) => fields.filter((_, i) => columns[i] !== 'qualifier');
		const input = [drop(columns), drop(claim)].map((r) => Papa.unparse([r])).join('\n');
		const parsed = parseSeedFigures(input, 'bad.csv', known);
		expect(parsed.rows).toEqual([]);
		expect(parsed.problems.map(formatProblem)).toEqual([
			'bad.csv:1: missing column "qualifier" (header has 12 columns: id, source_id, area_code, measure, period_type, period, …) (got "id,source_id,area_code,measure,period_type,period,value,unit,status,quote,line,note")',
		]);
	});
});

describe('parseSeedMeasures(text, file, known) on bad input', () => {
	const [header = '', first = ''] = read(MEASURES).split('\n');
	const fields = Papa.parse<string[]>(first).data[0] ?? [];
	const columns = header.split(',');
	const set = (name: string, value: string) => fields.map((f, i) => (columns[i] === name ? value : f));
	const problems = (row: string[]) =>
		parseSeedMeasures(`${header}\n${Papa.unparse([row])}\n`, 'bad.csv', {
			officialMeasureIds: OFFICIAL,
		}).problems.map(formatProblem);

	it.each([
		[
			'an unknown official measure',
			set('speaks_to', 'statements_converted'),
			'bad.csv:2:4: speaks_to: unknown official measure id, not in data/reference/measures.csv (got "statements_converted")',
		],
		[
			'an unknown unit',
			set('unit', 'children'),
			'bad.csv:2:3: unit: unit must be one of count, percent, gbp, per_month, weeks, days, cases, fold (got "children")',
		],
		['an empty label', set('label', ''), 'bad.csv:2:2: label: this cell is required but is empty (got "")'],
	])('reports %s at its file:line:column', (_what, row, expected) => {
		expect(problems(row)).toEqual([expected]);
	});
});
