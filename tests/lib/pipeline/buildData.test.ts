import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildData, type DataBuild } from '~/lib/pipeline/buildData';
import { DataProblemsError, formatProblem } from '~/lib/problems';
import { REFERENCE, TRANSCRIBED } from '~/lib/pipeline/rawFiles';
import Papa from 'papaparse';
import { sourceFile, withCell } from '../../helpers/rawFile';
import { SERIES_READERS } from '~/lib/pipeline/readers';
import { FORMATS, TABLE_FORMATS } from '~/lib/sources/formats';

const isTableFormat = (s: string) => (TABLE_FORMATS as readonly string[]).includes(s);

const requests2025 = sourceFile('dfe-ehcp-2025-requests');
const sen2Mi2023 = sourceFile('dfe-ehcp-2023-sen2-mi');
const timeliness2025 = sourceFile('dfe-ehcp-2025-timeliness');

/** Runs the whole pipeline on the repo's files, with some files replaced in memory. */
function run(overrides: Record<string, string> = {}): { build?: DataBuild; problems: string[]; log: string[] } {
	const log: string[] = [];
	try {
		const build = buildData({ read: (path) => overrides[path] ?? readFileSync(path, 'utf8'), log: (l) => log.push(l) });
		return { build, problems: [], log };
	} catch (error) {
		if (error instanceof DataProblemsError) return { problems: error.problems.map(formatProblem), log };
		throw error;
	}
}

/** A copy of a file with one line changed by `edit`. */
function editLine(path: string, line: number, edit: (text: string) => string): string {
	return editText(readFileSync(path, 'utf8'), line, edit);
}

function editText(text: string, line: number, edit: (text: string) => string): string {
	const lines = text.split('\n');
	lines[line - 1] = edit(lines[line - 1] ?? '');
	return lines.join('\n');
}

const real = run();
const value = (measure: string, areaCode: string, period: string) =>
	real.build?.observations.find((o) => o.measure === measure && o.areaCode === areaCode && o.period === period);

describe('buildData(effects) on the real files', () => {
	it('builds with no problems and 153 councils', () => {
		expect(real.problems).toEqual([]);
		expect(real.build?.councils).toHaveLength(153);
	});

	it.each([
		['timeliness_20wk_excl', 'E06000015', '2018', 11.7, 52, 444], // Derby 2018: 52 of 444
		['timeliness_20wk_excl', 'E92000001', '2024', 46.4, 39407, 84866], // England 2024
		['timeliness_20wk_incl', 'E10000007', '2025', 4.8, 71, 1472], // Derbyshire 2025: 71 of 1,472
		['refusal_rate', 'E06000015', '2018', 16.5, 63, 382],
		['appeal_rate_old', 'E06000015', '2014', 4.1, 46, 1133], // MoJ "4.10%"
	])('%s %s %s = %s (%s of %s)', (measure, area, period, v, num, den) => {
		const o = value(measure, area, period);
		expect(o?.figure).toEqual({ status: 'published', value: v });
		expect([o?.numerator, o?.denominator]).toEqual([num, den]);
	});

	it('Derbyshire appeals registered 2022–2024: 217, 267, 536 (MoJ)', () => {
		expect(['2022', '2023', '2024'].map((p) => value('appeals_registered', 'E10000007', p)?.figure.value)).toEqual([
			217, 267, 536,
		]);
	});

	it('Derby transfers 2014–2018 sum to 1,091, with 627 statements still open in January 2018', () => {
		const sum = ['2014', '2015', '2016', '2017', '2018'].reduce(
			(s, p) => s + (value('statements_transferred', 'E06000015', p)?.figure.value ?? NaN),
			0,
		);
		expect(sum).toBe(1091);
		expect(value('statements_in_place', 'E06000015', '2018')?.figure.value).toBe(627);
	});

	it('marks the 2023 break in series on DfE flow measures only', () => {
		expect(value('timeliness_20wk_excl', 'E06000015', '2023')?.breakInSeries).toBe(true);
		expect(value('timeliness_20wk_excl', 'E06000015', '2022')?.breakInSeries).toBeUndefined();
		expect(value('appeals_registered', 'E06000015', '2023')?.breakInSeries).toBeUndefined();
	});

	it('keeps the original and new appeal-rate methods apart (Derby 2024: 4.6% vs 12.8%)', () => {
		expect(value('appeal_rate_old', 'E06000015', '2024')?.figure.value).toBe(4.6);
		expect(value('appeal_rate_new', 'E06000015', '2024')?.figure.value).toBe(12.8);
	});

	it('gives a regional appeals total only when every council in the region has a figure', () => {
		// MoJ 2014–2024 table, lines 62–72, 2024 column, by hand: Derby 190, Derbyshire 536, Leicester 97,
		// Leicestershire 196, Lincolnshire 186, North Northamptonshire 178, Nottingham 52,
		// Nottinghamshire 184, Rutland 8, West Northamptonshire 188 = 1,815.
		expect(value('appeals_registered', 'E12000004', '2024')?.figure).toEqual({ status: 'published', value: 1815 });
		// 2020: North and West Northamptonshire print ".." (they began in 2021), so no regional sum.
		expect(value('appeals_registered', 'E12000004', '2020')?.figure).toEqual({ status: 'unavailable', value: null });
	});

	it('ranks Derby among councils for 2018 timeliness (context, not a league table)', () => {
		const rank = real.build?.ranks.find(
			(r) => r.measure === 'timeliness_20wk_excl' && r.period === '2018' && r.areaCode === 'E06000015',
		);
		expect(rank?.value).toBe(11.7);
		expect(rank?.of).toBeGreaterThan(140);
		expect(rank?.quartile).toBe(4);
	});

	it('joins area SEND inspections to councils: Derby 2016 framework, Derbyshire 2023 framework', () => {
		const of = (code: string) => real.build!.inspections.filter((i) => i.councilOnsCode === code);
		expect(of('E06000015').find((i) => i.framework === '2016')).toMatchObject({
			published: '2019-08-28',
			outcome: 'Written statement of action required (5 significant weaknesses)',
			revisit: 'Revisit published 23 November 2021: sufficient progress on 5 of 5 significant weaknesses',
		});
		expect(of('E10000007')[0]).toMatchObject({
			framework: '2023',
			published: '2024-11-14',
			outcome: 'Widespread and/or systemic failings',
		});
	});

	it('says for every file how many rows it read and used', () => {
		expect(real.log.some((l) => l.startsWith(`${timeliness2025}: read 12211 rows, used `))).toBe(true);
		expect(real.log.some((l) => l.includes('former council Northamptonshire (928)'))).toBe(true);
	});

	// Rules that hold whatever releases are added (issue 8): sources.csv is the one list of files.
	const sources = Papa.parse<Record<string, string>>(readFileSync(REFERENCE.sources, 'utf8'), {
		header: true,
		skipEmptyLines: true,
	}).data;
	const readable = sources.filter((s) => (s['format'] ?? '') in SERIES_READERS || isTableFormat(s['format'] ?? ''));

	it('reads every file sources.csv lists in a series or table format, and says so', () => {
		expect(readable.length).toBeGreaterThan(20);
		for (const s of readable)
			expect(
				real.log.some((l) => l.startsWith(`${s['file']}: read `)),
				s['id'],
			).toBe(true);
	});

	it('takes each measure and period of the series from exactly one file', () => {
		const series = new Set(sources.filter((s) => (s['format'] ?? '') in SERIES_READERS).map((s) => s['file']));
		const files = new Map<string, Set<string>>();
		for (const o of real.build?.observations ?? []) {
			if (!series.has(o.file)) continue;
			const key = `${o.measure} ${o.period}`;
			files.set(key, (files.get(key) ?? new Set()).add(o.file));
		}
		expect(files.size).toBeGreaterThan(100);
		for (const [key, set] of files) expect([...set], key).toHaveLength(1);
	});

	it('gives every council a figure for the newest period of each DfE measure', () => {
		const councils = new Set(real.build?.councils.map((c) => c.onsCode));
		for (const measure of ['plans_in_place', 'requests', 'new_plans', 'timeliness_20wk_excl']) {
			const list = real.build?.observations.filter((o) => o.measure === measure) ?? [];
			const newest = list.reduce((a, o) => (o.period > a ? o.period : a), '');
			const have = new Set(list.filter((o) => o.period === newest).map((o) => o.areaCode));
			for (const code of councils) expect(have.has(code), `${measure} ${newest} ${code}`).toBe(true);
		}
	});
});

describe('buildData(effects) on bad input', () => {
	it('lists every problem across files, located, and returns nothing', () => {
		const { build, problems } = run({
			// Derby 2019 (line 63): plans_issued_den (column 13) "abc"; England 2019 (line 2): a negative count.
			[timeliness2025]: editText(
				editLine(timeliness2025, 63, (l) =>
					l.replace('All EHC plans issued,All EHC plans issued,', 'All EHC plans issued,All EHC plans issued,abc'),
				),
				2,
				(l) => l.replace('53327', '-5'),
			),
		});
		expect(build).toBeUndefined();
		expect(problems).toContain(
			`${timeliness2025}:63:13: plans_issued_den: expected a whole number or a published symbol (got "abc251")`,
		);
		expect(problems).toContain(`${timeliness2025}:2:13: plans_issued_den: a count cannot be negative (got "-5")`);
		// The raw file no longer matches the sha256 recorded in sources.csv: said too.
		expect(problems.some((p) => p.startsWith(`${REFERENCE.sources}:2:9: sha256: ${timeliness2025} has changed`))).toBe(
			true,
		);
	});

	it('stops on an unknown council code', () => {
		const { problems } = run({
			[requests2025]: editLine(requests2025, 63, (l) => l.replace(',831,', ',999,')),
		});
		expect(problems).toContainEqual(
			expect.stringMatching(new RegExp(`^${requests2025}:63: unknown council "Derby" \\(DfE code 999\\)`)),
		);
	});

	it('stops on a seed figure with an unknown source', () => {
		const { problems } = run({
			[TRANSCRIBED.seedFigures]: editLine(TRANSCRIBED.seedFigures, 2, (l) =>
				l.replace('seed-000-derby-blog', 'seed-999-nowhere'),
			),
		});
		expect(problems).toContainEqual(
			expect.stringMatching(/^data\/transcribed\/seed-figures\.csv:2:2: source_id: unknown source id/),
		);
	});

	it('stops on a seed figure dated a day that does not exist', () => {
		const { problems } = run({
			[TRANSCRIBED.seedFigures]: editLine(TRANSCRIBED.seedFigures, 2, (l) =>
				l.replace('2014-09-01/2018-03-31', '2014-09-01/2018-02-30'),
			),
		});
		expect(problems).toContainEqual(expect.stringMatching(/^data\/transcribed\/seed-figures\.csv:2:6: .*2018-02-30/));
	});

	it('stops on a seed measure that speaks to a measure measures.csv does not define', () => {
		// seed-measures.csv line 53, lgsco_decisions_upheld, speaks to lgsco_upheld_pct (column 4).
		const withoutLgsco = readFileSync(REFERENCE.measures, 'utf8')
			.split('\n')
			.filter((l) => !l.startsWith('lgsco_upheld_pct,'))
			.join('\n');
		const { problems } = run({ [REFERENCE.measures]: withoutLgsco });
		expect(problems).toContain(
			'data/reference/seed-measures.csv:53:4: speaks_to: unknown official measure id, not in data/reference/measures.csv (got "lgsco_upheld_pct")',
		);
	});

	it('stops on a duplicate row in a reference table', () => {
		const measures = readFileSync(REFERENCE.measures, 'utf8');
		const second = measures.split('\n')[1];
		const { problems } = run({ [REFERENCE.measures]: measures.trimEnd() + '\n' + second + '\n' });
		expect(problems).toContainEqual(
			expect.stringMatching(
				/^data\/reference\/measures\.csv:\d+:1: duplicate row: "timeliness_20wk_excl" already appears on line 2/,
			),
		);
	});

	it('validates a row it sets aside: a bad cell in a 2019 row of sen2_mi.csv (read for 2014–2018 only) stops the build', () => {
		const header = readFileSync(sen2Mi2023, 'utf8')
			.split('\n')[0]!
			.split(',')
			.map((h) => h.replace(/"/g, ''));
		const column = header.indexOf('inreq_ehc') + 1;
		// Line 141 is the North East in 2019, which the 2025 release supersedes.
		const { problems } = run({
			[sen2Mi2023]: withCell(readFileSync(sen2Mi2023, 'utf8'), 141, column - 1, 'abc'),
		});
		expect(problems).toContain(
			`${sen2Mi2023}:141:${column}: inreq_ehc: expected a whole number or a published symbol (got "abc")`,
		);
	});

	it('stops on a format it does not know, naming the ones it does', () => {
		const { problems } = run({
			[REFERENCE.sources]: editLine(REFERENCE.sources, 2, (l) =>
				l.replace(/,dfe-ees-timeliness,2025,$/, ',dfe-ees-timelines,2025,'),
			),
		});
		expect(problems).toContain(
			`${REFERENCE.sources}:2:12: format: unknown format "dfe-ees-timelines"; known formats: ${FORMATS.join(', ')} (got "dfe-ees-timelines")`,
		);
	});

	it('stops when two files of one reporting year give the same measure and period', () => {
		const text = readFileSync(REFERENCE.sources, 'utf8');
		const row = text.split('\n').find((l) => l.startsWith('dfe-ehcp-2026-requests,'))!;
		const { problems } = run({
			[REFERENCE.sources]: text + row.replace('dfe-ehcp-2026-requests,', 'dfe-ehcp-2026-requests-again,') + '\n',
		});
		expect(problems).toContainEqual(
			expect.stringMatching(
				/^data\/reference\/sources\.csv:\d+:13: reporting_year: dfe-ehcp-2026-requests-again and dfe-ehcp-2026-requests \(line \d+\) both give requests for 2025 in reporting year 2026/,
			),
		);
	});

	it('stops on a listed file no step reads', () => {
		const text = readFileSync(REFERENCE.sources, 'utf8');
		const row = text.split('\n').find((l) => l.startsWith('ons-lad-ctyua-2025,'))!;
		const { problems } = run({
			[REFERENCE.sources]: text + row.replace('ons-lad-ctyua-2025,', 'ons-lad-ctyua-2025-again,') + '\n',
		});
		expect(problems).toContainEqual(
			expect.stringMatching(/^data\/reference\/sources\.csv:\d+:12: format: only one ons-lad-ctyua file is read/),
		);
	});
});
