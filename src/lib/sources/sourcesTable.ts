import { z } from 'zod';
import { requiredText } from '../csv/cells';
import { columnOf, missingColumns, readCsv } from '../csv/readCsv';
import { validateRecords } from '../csv/validateRecords';
import { parseIsoDate } from '../model/period';
import { got, type Parsed, type Problem } from '../problems';
import { FORMATS, isFormat, isSeriesFormat } from './formats';

// data/reference/sources.csv: one row per source, so every figure on the site can name its
// publisher, title, date, address and (for files) release and checksum (brief, "Rules for numbers").

/** The columns of sources.csv, in file order. */
export const SOURCE_COLUMNS = [
	'id',
	'kind',
	'publisher',
	'title',
	'published',
	'url',
	'release',
	'file',
	'sha256',
	'licence',
	'note',
	'format',
	'reporting_year',
	'years',
] as const;

/**
 * published_file: a publisher's file kept in data/raw (byte-for-byte, or converted/extracted as its
 * note says); seed_document: one of the four documents the brief starts from; compiled_file: a
 * table the project team compiled from web pages, not published as such; legislation: an Act,
 * regulations or statutory guidance, cited by address (the law's figures are in data/reference).
 */
export const SOURCE_KINDS = ['published_file', 'seed_document', 'compiled_file', 'legislation'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

// Ids are referenced from other tables (seed-figures.csv source_id, observations' sourceId), so
// they are kept to lower-case kebab-case and never renamed.
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "2025" → 2025–2025, "2014-2018" → 2014–2018; anything else is null. */
function yearRange(s: string): { from: number; to: number } | null {
	const m = /^(\d{4})(?:-(\d{4}))?$/.exec(s);
	if (!m) return null;
	const from = Number(m[1]);
	const to = Number(m[2] ?? m[1]);
	return from <= to ? { from, to } : null;
}

/** An optional cell: blank, or text that passes `test`. */
const blankOr = (test: (s: string) => boolean, message: string) =>
	z
		.string()
		.trim()
		.refine((s) => s === '' || test(s), { message });

/** A source as written in sources.csv; blank optional cells stay "" (unknown, never guessed). */
export const SourceRowSchema = z
	.object({
		// Checked only once non-empty, so an empty id gets one message, not two.
		id: requiredText().refine((s) => s === '' || KEBAB.test(s), {
			message: 'an id is lower-case kebab-case, e.g. dfe-ehcp-2025-timeliness',
		}),
		kind: z.enum(SOURCE_KINDS, {
			errorMap: () => ({ message: `kind must be one of ${SOURCE_KINDS.join(', ')}` }),
		}),
		publisher: requiredText(),
		title: requiredText(),
		// A date is only filled in when the source states it, to the precision it states it: a day
		// (parseIsoDate rejects days that do not exist, 2018-02-30, which a regex alone would let
		// through) or only a month ("published June 2026": 2026-06).
		published: blankOr(
			(s) => parseIsoDate(s) !== null || /^\d{4}-(0[1-9]|1[0-2])$/.test(s),
			'published must be blank, a real date written YYYY-MM-DD, or a month written YYYY-MM',
		),
		url: blankOr((s) => /^https?:\/\/\S+$/.test(s), 'url must be blank or start with http:// or https://'),
		release: z.string().trim(),
		// Repo-relative so the build can open it; absolute paths would only work on one machine.
		file: blankOr(
			(s) => !s.startsWith('/') && !s.split('/').includes('..'),
			'file must be a path relative to the repository root',
		),
		sha256: blankOr((s) => /^[0-9a-f]{64}$/.test(s), 'sha256 must be blank or 64 lower-case hex digits'),
		licence: z.string().trim(),
		note: z.string().trim(),
		// Which reader opens the file (src/lib/sources/formats.ts); blank only for a source with no file.
		format: z
			.string()
			.trim()
			.superRefine((s, ctx) => {
				if (s !== '' && !isFormat(s))
					ctx.addIssue({
						code: z.ZodIssueCode.custom,
						message: `unknown format "${s}"; known formats: ${FORMATS.join(', ')}`,
					});
			}),
		// The publisher's reporting year of the release: for each measure and period, the file of
		// the newest reporting year supplies the figure.
		reporting_year: blankOr(
			(s) => /^(19|20)\d\d$/.test(s),
			'reporting_year must be blank or a year such as 2026',
		).transform((s) => (s === '' ? null : Number(s))),
		// The years a file is read for, when not every year it holds (e.g. 2014-2018); blank = all.
		years: blankOr((s) => yearRange(s) !== null, 'years must be blank, a year (2025) or a range (2014-2018)').transform(
			(s) => (s === '' ? null : yearRange(s)),
		),
	})
	.superRefine((row, ctx) => {
		if (row.file !== '' && row.format === '')
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['format'],
				message: `a source with a file needs a format; known formats: ${FORMATS.join(', ')}`,
			});
		if (row.file === '' && row.format !== '')
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['format'], message: 'a format needs a file to read' });
		if (isSeriesFormat(row.format) && row.reporting_year === null)
			ctx.addIssue({
				code: z.ZodIssueCode.custom,
				path: ['reporting_year'],
				message: `a ${row.format} file needs a reporting_year, so the newest release of each year can be chosen`,
			});
		// A published file is only traceable if a reader can find it (url), we hold it (file)
		// and can prove we hold the same bytes (sha256).
		if (row.kind === 'legislation' && row.url === '') {
			ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['url'], message: 'legislation needs a url' });
		}
		if (row.kind !== 'published_file') return;
		for (const name of ['url', 'file', 'sha256'] as const) {
			if (row[name] === '') {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: [name],
					message: `a published_file needs a ${name}`,
				});
			}
		}
	});

export type SourceRow = z.output<typeof SourceRowSchema>;

/** Parses sources.csv; every bad cell and every repeated id comes back as a file:line:column problem. */
export function parseSourcesTable(text: string, file: string): Parsed<SourceRow & { line: number }> {
	const table = readCsv(text, file);
	const missing = missingColumns(table, SOURCE_COLUMNS);
	if (missing.length > 0) {
		const header = got(table.header.join(','));
		return {
			rows: [],
			problems: [...table.problems, ...missing.map((p) => ({ ...p, message: `${p.message} ${header}` }))],
		};
	}
	const { rows, problems } = validateRecords(table, SourceRowSchema);
	const out: (SourceRow & { line: number })[] = [];
	const all: Problem[] = [...table.problems, ...problems];
	const firstLine = new Map<string, number>();
	for (const { line, row } of rows) {
		const first = firstLine.get(row.id);
		if (first !== undefined) {
			all.push({
				file,
				line,
				column: columnOf(table, 'id'),
				message: `id: duplicate id, first used on line ${first} ${got(row.id)}`,
			});
			continue;
		}
		firstLine.set(row.id, line);
		out.push({ ...row, line });
	}
	return { rows: out, problems: all };
}
