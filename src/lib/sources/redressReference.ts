import { z } from 'zod';
import { dfeLaCode, requiredText } from '../csv/cells';
import { readValidatedTable } from '../csv/readValidatedTable';
import type { Parsed } from '../problems';
import { duplicates } from './referenceTables';

// The hand-made tables behind the redress section (data/README.md, "Adding a council's Ombudsman
// figures"): which council each Ombudsman name means and where its performance page is; the name
// of each report quoting the Ombudsman; and a theme for every decision. Kept in data, so a page
// never infers a council, a source's name or a theme in code.

/** A council as the Ombudsman's files name it. */
export interface LgscoCouncil {
	line: number;
	name: string;
	dfeCode: string;
	/** The council's page on the Ombudsman's site, only where a published copy gives it; "" otherwise. */
	performancePage: string;
	note: string;
}

/** A report or news story that quotes the Ombudsman's figures, by its address. */
export interface QuotingSource {
	line: number;
	url: string;
	/** How the site names it: "as quoted in <name>". */
	name: string;
}

/** The theme of one decision, by case reference. */
export interface DecisionTheme {
	line: number;
	caseRef: string;
	theme: string;
}

/** A theme decisions are grouped by on the national page. */
export interface Theme {
	line: number;
	id: string;
	label: string;
	description: string;
}

const PERFORMANCE_PAGE = /^https:\/\/www\.lgo\.org\.uk\/your-councils-performance\/[a-z0-9-]+\/statistics$/;

const LgscoCouncilSchema = z.object({
	name: requiredText(),
	dfe_code: dfeLaCode(),
	performance_page: z
		.string()
		.trim()
		.refine((s) => s === '' || PERFORMANCE_PAGE.test(s), {
			message:
				'expected blank or https://www.lgo.org.uk/your-councils-performance/<council-slug>/statistics, as a published copy gives it',
		}),
	note: z.string(),
});

const QuotingSourceSchema = z.object({
	url: z.string().trim().url({ message: 'expected the address the figures were read from' }),
	name: requiredText(),
});

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const DecisionThemeSchema = z.object({
	case_ref: z
		.string()
		.trim()
		.regex(/^\d{2} \d{3} \d{3}$/, { message: 'expected an LGSCO case reference such as 24 017 807' }),
	theme: z.string().trim().regex(KEBAB, { message: 'a theme id is lower-case kebab-case' }),
});

const ThemeSchema = z.object({
	id: z.string().trim().regex(KEBAB, { message: 'a theme id is lower-case kebab-case' }),
	label: requiredText(),
	description: requiredText(),
});

function parseTable<S extends z.AnyZodObject, Row>(
	text: string,
	file: string,
	schema: S,
	key: keyof z.output<S> & string,
	toRow: (row: z.output<S>, line: number) => Row,
): Parsed<Row> {
	const { table, rows, problems, lacksColumns } = readValidatedTable(text, file, schema);
	if (lacksColumns) return { rows: [], problems };
	return {
		rows: rows.map(({ row, line }) => toRow(row, line)),
		problems: [
			...problems,
			...duplicates(
				file,
				rows.map((r) => ({ line: r.line, key: String(r.row[key]) })),
				table.header.indexOf(key) + 1,
			),
		],
	};
}

/** Parses data/reference/lgsco-councils.csv: one row per council name in the Ombudsman files. */
export const parseLgscoCouncils = (text: string, file: string): Parsed<LgscoCouncil> =>
	parseTable(text, file, LgscoCouncilSchema, 'name', (r, line) => ({
		line,
		name: r.name,
		dfeCode: r.dfe_code,
		performancePage: r.performance_page,
		note: r.note,
	}));

/** Parses data/reference/lgsco-quoting-sources.csv: one row per report quoting the Ombudsman. */
export const parseQuotingSources = (text: string, file: string): Parsed<QuotingSource> =>
	parseTable(text, file, QuotingSourceSchema, 'url', (r, line) => ({ line, url: r.url, name: r.name }));

/** Parses data/reference/lgsco-decision-themes.csv: one theme per decision. */
export const parseDecisionThemes = (text: string, file: string): Parsed<DecisionTheme> =>
	parseTable(text, file, DecisionThemeSchema, 'case_ref', (r, line) => ({ line, caseRef: r.case_ref, theme: r.theme }));

/** Parses data/reference/lgsco-themes.csv: the themes, in the order the national page shows them. */
export const parseThemes = (text: string, file: string): Parsed<Theme> =>
	parseTable(text, file, ThemeSchema, 'id', (r, line) => ({
		line,
		id: r.id,
		label: r.label,
		description: r.description,
	}));
