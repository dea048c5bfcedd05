import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '~/lib/problems';
import { parseSourcesTable, SourceRowSchema } from '~/lib/sources/sourcesTable';
import { FORMATS, isSeriesFormat } from '~/lib/sources/formats';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const FILE = 'data/reference/sources.csv';
const text = readFileSync(root + FILE, 'utf8');
const sha256 = (path: string) =>
	createHash('sha256')
		.update(readFileSync(root + path))
		.digest('hex');

// The ids other modules refer to (brief); they must stay exactly as they are.
const IDS = [
	'dfe-ehcp-2025-timeliness',
	'dfe-ehcp-2025-requests',
	'dfe-ehcp-2025-assessments',
	'dfe-ehcp-2025-caseload',
	'dfe-ehcp-2025-newplans',
	'dfe-ehcp-2025-guidance',
	'dfe-ehcp-2022-sen2-mi',
	'dfe-ehcp-2022-age-caseload',
	'dfe-ehcp-2022-guidance',
	'dfe-ehcp-2023-sen2-mi',
	'dfe-ehcp-2026-timeliness',
	'dfe-ehcp-2026-requests',
	'dfe-ehcp-2026-assessments',
	'dfe-ehcp-2026-caseload',
	'dfe-ehcp-2026-newplans',
	'moj-appeal-rate-2014-2024',
	'moj-appeal-rate-2024-2025',
	'lgsco-council-statistics',
	'lgsco-decisions-sample',
	'ofsted-area-send-to-2022',
	'ofsted-area-send-to-2022-notes',
	'ofsted-area-send-winter-2022-23',
	'ofsted-area-send-new-framework',
	'dfe-statistical-neighbours-2025',
	'stored-pages-public-figures',
	'seed-000-derby-blog',
	'seed-001-derbyshire-news',
	'seed-002-derby-scrutiny-report',
	'seed-004-derbyshire-qa',
	// The law behind the statutory timeline (data/reference/statutory-timescales.csv).
	'send-regulations-2014',
	'send-code-of-practice-2015',
	'children-and-families-act-2014',
	'children-and-families-act-2014-part-3',
	'send-regulations-2014-part-6',
	'tribunal-procedure-rules-2008',
	'local-government-act-1974',
	'ons-lad-ctyua-2025',
	'odi-hexmap-upper-tier',
	// Ombudsman and Tribunal figures beyond Derbyshire (issue 11).
	'lgsco-council-statistics-more',
	'lgsco-decisions-sample-more',
	'lgsco-national-figures',
	'send-tribunal-national-outcomes',
	'lgsco-council-statistics-transcribed',
];

describe('parseSourcesTable(text, file) on data/reference/sources.csv', () => {
	const { rows, problems } = parseSourcesTable(text, FILE);
	const byId = new Map(rows.map((row) => [row.id, row]));

	// A data update (a new release, a council's FOI answer) adds rows; the ids other code and
	// data depend on must stay, so the test checks they are all there rather than pinning the list.
	it('has no problems and every id other code depends on', () => {
		expect(problems.map(formatProblem)).toEqual([]);
		expect(rows.map((row) => row.id)).toEqual(expect.arrayContaining(IDS));
	});

	it('gives every row a file that exists, whose sha256 matches the bytes on disk', () => {
		// A transcribed table (data/transcribed/) is hand-edited as figures are added, so it has no checksum.
		for (const row of rows.filter((r) => r.kind !== 'legislation' && !r.file.startsWith('data/transcribed/'))) {
			expect(existsSync(root + row.file), row.file).toBe(true);
			expect(sha256(row.file), row.id).toBe(row.sha256);
		}
	});

	it('records, for every raw file, the sha256 its .source.txt states', () => {
		for (const row of rows.filter(
			(r) => r.kind !== 'seed_document' && r.kind !== 'legislation' && !r.file.startsWith('data/transcribed/'),
		)) {
			expect(readFileSync(`${root}${row.file}.source.txt`, 'utf8'), row.id).toContain(row.sha256);
		}
	});

	it('gives DfE files the official publication page, not the GitHub mirror', () => {
		const timeliness = byId.get('dfe-ehcp-2025-timeliness');
		expect(timeliness).toMatchObject({
			kind: 'published_file',
			publisher: 'Department for Education',
			published: '2025-06-26',
			url: 'https://explore-education-statistics.service.gov.uk/find-statistics/education-health-and-care-plans',
			file: 'data/raw/dfe-ehcp-2025-release/timeliness_20_week.csv',
			licence: 'Open Government Licence v3.0',
		});
		expect(timeliness?.note).toContain('MastodonC/witan.sen2');
		for (const row of rows) expect(row.url, row.id).not.toMatch(/github\.com\/MastodonC|raw\.githubusercontent/);
	});

	it('dates seeds only from their own text, leaving undated ones blank', () => {
		expect(byId.get('seed-002-derby-scrutiny-report')).toMatchObject({
			kind: 'seed_document',
			published: '2018-10-29',
			url: '',
		});
		expect(byId.get('seed-004-derbyshire-qa')).toMatchObject({
			kind: 'seed_document',
			published: '2023-10-25',
			url: '',
		});
		expect(byId.get('seed-000-derby-blog')).toMatchObject({ published: '', url: '' });
		expect(byId.get('seed-000-derby-blog')?.note).toContain('Tomorrow night');
		expect(byId.get('seed-001-derbyshire-news')).toMatchObject({
			publisher: 'Glossop Chronicle',
			published: '',
			url: '',
		});
	});

	it('keeps compiled tables apart from published series: none is read as a release of official figures', () => {
		const compiled = rows.filter((row) => row.kind === 'compiled_file');
		expect(compiled.length).toBeGreaterThan(0);
		for (const row of compiled) {
			expect(isSeriesFormat(row.format), row.id).toBe(false);
			expect(row.reporting_year, row.id).toBeNull();
		}
	});

	it('names a format for every file, and a reporting year for every series file', () => {
		for (const row of rows.filter((r) => r.file !== '')) {
			expect(FORMATS, row.id).toContain(row.format);
			if (isSeriesFormat(row.format)) expect(row.reporting_year, row.id).toBeGreaterThanOrEqual(2014);
		}
	});
});

describe('parseSourcesTable(text, file) on bad input', () => {
	// A header and two real rows; each case breaks one cell and expects one exact location.
	const [header = '', ...lines] = text.split('\n');
	const real = (id: string) => {
		const line = lines.find((l) => l.startsWith(`${id},`));
		if (!line) throw new Error(`no row ${id}`);
		return Papa.parse<string[]>(line).data[0] ?? [];
	};
	const columns = header.split(',');
	const set = (fields: string[], name: string, value: string) =>
		fields.map((f, i) => (columns[i] === name ? value : f));
	const csv = (...rows: string[][]) => [header, ...rows.map((r) => Papa.unparse([r]))].join('\n') + '\n';
	const timeliness = real('dfe-ehcp-2025-timeliness');
	const seed = real('seed-002-derby-scrutiny-report');
	const problems = (input: string) => parseSourcesTable(input, 'bad.csv').problems.map(formatProblem);

	it.each([
		// [what, the broken file, the one problem expected]
		[
			'an impossible date',
			csv(timeliness, set(seed, 'published', '2018-02-30')),
			'bad.csv:3:5: published: published must be blank, a real date written YYYY-MM-DD, or a month written YYYY-MM (got "2018-02-30")',
		],
		[
			'a month that does not exist',
			csv(timeliness, set(seed, 'published', '2018-13')),
			'bad.csv:3:5: published: published must be blank, a real date written YYYY-MM-DD, or a month written YYYY-MM (got "2018-13")',
		],
		[
			'an unknown kind',
			csv(set(timeliness, 'kind', 'website'), seed),
			'bad.csv:2:2: kind: kind must be one of published_file, seed_document, compiled_file, legislation (got "website")',
		],
		[
			'a url that is not http(s)',
			csv(set(timeliness, 'url', 'ftp://example.org/x.csv'), seed),
			'bad.csv:2:6: url: url must be blank or start with http:// or https:// (got "ftp://example.org/x.csv")',
		],
		[
			'a short sha256',
			csv(set(timeliness, 'sha256', 'abc123'), seed),
			'bad.csv:2:9: sha256: sha256 must be blank or 64 lower-case hex digits (got "abc123")',
		],
		[
			'a published file without sha256',
			csv(set(timeliness, 'sha256', ''), seed),
			'bad.csv:2:9: sha256: a published_file needs a sha256 (got "")',
		],
		[
			'a published file without url',
			csv(timeliness, set(set(seed, 'kind', 'published_file'), 'url', '')),
			'bad.csv:3:6: url: a published_file needs a url (got "")',
		],
		[
			'an empty publisher',
			csv(timeliness, set(seed, 'publisher', ' ')),
			'bad.csv:3:3: publisher: this cell is required but is empty (got " ")',
		],
		[
			'a repeated id',
			csv(timeliness, seed, timeliness),
			'bad.csv:4:1: id: duplicate id, first used on line 2 (got "dfe-ehcp-2025-timeliness")',
		],
		[
			'an unknown format',
			csv(set(timeliness, 'format', 'dfe-ees-timelines'), seed),
			`bad.csv:2:12: format: unknown format "dfe-ees-timelines"; known formats: ${FORMATS.join(', ')} (got "dfe-ees-timelines")`,
		],
		[
			'a file without a format',
			csv(timeliness, set(seed, 'format', '')),
			`bad.csv:3:12: format: a source with a file needs a format; known formats: ${FORMATS.join(', ')} (got "")`,
		],
		[
			'a series file without a reporting year',
			csv(set(timeliness, 'reporting_year', ''), seed),
			'bad.csv:2:13: reporting_year: a dfe-ees-timeliness file needs a reporting_year, so the newest release of each year can be chosen (got "")',
		],
		[
			'years written backwards',
			csv(set(timeliness, 'years', '2024-2019'), seed),
			'bad.csv:2:14: years: years must be blank, a year (2025) or a range (2014-2018) (got "2024-2019")',
		],
		[
			'an absolute file path',
			csv(set(timeliness, 'file', '/work/x.csv'), seed),
			'bad.csv:2:8: file: file must be a path relative to the repository root (got "/work/x.csv")',
		],
	])('reports %s at its file:line:column', (_what, input, expected) => {
		expect(problems(input)).toEqual([expected]);
	});

	it('reports a missing column once, on the header line', () => {
		const drop = (line: string) =>
			(Papa.parse<string[]>(line).data[0] ?? []).filter((_, i) => columns[i] !== 'licence');
		const input = [drop(header), drop(Papa.unparse([timeliness]))].map((r) => Papa.unparse([r])).join('\n');
		const found = problems(input);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(
			/^bad\.csv:1: missing column "licence" .*\(got "id,kind,publisher,title,published,url,release,file,sha256,note,format,reporting_year,years"\)$/,
		);
	});

	it('SourceRowSchema accepts a compiled file with no url', () => {
		const cells = Object.fromEntries(columns.map((c, i) => [c, real('lgsco-decisions-sample')[i] ?? '']));
		expect(SourceRowSchema.safeParse(cells).success).toBe(true);
	});
});
