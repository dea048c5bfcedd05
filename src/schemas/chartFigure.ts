import { AstroError } from 'astro/errors';
import { z } from 'zod';

// A chart is a package (brief.md; conventions.md §7): headline, statistical subtitle, text
// alternative, sources, "data as of", and the data as a table. The schema makes the parts a
// reader relies on to trust a chart required, so a chart missing them fails the build.

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** asOf when no source gives a date or a release (a blog copy without a date): the figure says so. */
export const UNDATED = 'no date given';

export const ChartSourceSchema = z.object({
	/** Title of the publication or table, e.g. "Education, health and care plans: 2025". */
	title: nonEmpty,
	/** Link to it, when it has one (an FOI response may not). */
	url: z.string().url().optional(),
	/** Who published it, e.g. "Department for Education". */
	publisher: nonEmpty,
	/** Its row in data/reference/sources.csv, when it has one: "Cite this" reads the release and date there. */
	sourceId: z.string().optional(),
});

export const ChartTableSchema = z
	.object({
		caption: nonEmpty.optional(),
		columns: z.array(nonEmpty).min(1, 'needs at least one column'),
		/** Cells as printed: "11.7%", "1,091", "not available". The first cell of a row is its header. */
		rows: z.array(z.array(z.string())).min(1, 'needs at least one row'),
	})
	.superRefine((table, ctx) => {
		table.rows.forEach((row, i) => {
			if (row.length !== table.columns.length) {
				ctx.addIssue({
					code: z.ZodIssueCode.custom,
					path: ['rows', i],
					message: `has ${row.length} cells but there are ${table.columns.length} columns`,
				});
			}
		});
	});

export const ChartFigureSchema = z
	.object({
		/** Headline stating the finding, e.g. "Derby issued fewer plans on time in 2024 than in 2019". */
		title: nonEmpty,
		/** Statistical subtitle: measure, place, period. */
		subtitle: nonEmpty,
		/** Text alternative for the chart: what it shows, not the title again (about 220 characters). */
		alt: z.string().trim().min(1, 'must not be empty').max(250, 'must be 250 characters or fewer'),
		sources: z.array(ChartSourceSchema).min(1, 'needs at least one source'),
		/** When the data were published or extracted: an ISO date ("2025-06-26"), text ("June 2025"), or UNDATED. */
		asOf: nonEmpty,
		notes: z.array(nonEmpty).optional(),
		/** Cautions for doubtful figures the chart draws, each linking to its rule on the Data quality page. */
		cautions: z
			.array(z.object({ text: nonEmpty, rule: z.string().regex(/^[a-z0-9-]+$/, 'must be a rule id') }))
			.optional(),
		/** The chart's data as a CSV file and its size in bytes. */
		csv: z.object({ href: nonEmpty, bytes: z.number().int().nonnegative() }).optional(),
		table: ChartTableSchema,
		/** Id for the figure element; chart ids and headings derive from it. */
		id: z
			.string()
			.regex(/^[A-Za-z][\w-]*$/, 'must start with a letter and contain only letters, digits, - and _')
			.optional(),
		/** Heading level of the title (default 3). */
		headingLevel: z.union([z.literal(2), z.literal(3), z.literal(4)]).optional(),
	})
	.refine((p) => p.alt.trim().toLowerCase() !== p.title.trim().toLowerCase(), {
		path: ['alt'],
		message: 'must describe the chart, not repeat the title',
	});

/** Props as written by a page (before defaults). */
export type ChartFigureProps = z.input<typeof ChartFigureSchema>;
/** Props after validation. */
export type ChartFigureData = z.output<typeof ChartFigureSchema>;
export type ChartSource = z.output<typeof ChartSourceSchema>;
export type ChartTable = z.output<typeof ChartTableSchema>;

/** "sources[0].url" from zod's ["sources", 0, "url"]. */
function formatPath(path: (string | number)[]): string {
	return path.reduce<string>(
		(out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
		'',
	);
}

/**
 * Validates `<ChartFigure/>` props, throwing one readable error that lists every problem, in the
 * style of Starlight's parseWithFriendlyErrors:
 * "Invalid props passed to <ChartFigure/>: alt: Required; asOf: Required".
 */
export function parseChartFigureProps(props: unknown): ChartFigureData {
	const result = ChartFigureSchema.safeParse(props);
	if (result.success) return result.data;
	const problems = result.error.issues.map((issue) => `${formatPath(issue.path) || '(props)'}: ${issue.message}`);
	// Name the chart when its title is known, so a failing build points at the right page.
	const which =
		props && typeof props === 'object' && 'title' in props && typeof props.title === 'string'
			? ` (in the chart titled "${props.title}")`
			: '';
	throw new AstroError(
		`Invalid props passed to <ChartFigure/>: ${problems.join('; ')}${which}`,
		'Every chart needs a title, subtitle, text alternative (alt), at least one source, a "data as of" date and its data as a table. See src/schemas/chartFigure.ts.',
	);
}
