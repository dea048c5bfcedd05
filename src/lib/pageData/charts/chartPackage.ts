import { toCsv } from '../../format/toCsv';
import type { SiteData } from '../siteData';
import type { Observation } from '../../model/observation';
import type { LineLayout } from '../../charts/lineLayout';
import type { BarLayout } from '../../charts/barLayout';
import type { DotStripLayout } from '../../charts/dotStripLayout';
import { UNDATED, type ChartFigureProps } from '../../../schemas/chartFigure';
import { formatFigure } from '../../format/formatFigure';
import { sourceLabel } from '../../format/sourceLabel';
import { formatPeriod, parsePeriod } from '../../model/period';
import { SOURCE_COLUMNS, figureCells, sourceCells, type CsvSource } from '../csvSourceColumns';

/** A source as the charts need it. */
export interface ChartSourceRow {
	id: string;
	publisher: string;
	title: string;
	release: string;
	published: string;
	url: string;
}

/** What chart builders read from the site's data. */
export type ChartData = Pick<
	SiteData,
	'measure' | 'series' | 'measureObservations' | 'rank' | 'source' | 'councils' | 'seedFigures' | 'neighbours'
>;

/** A chart as a package: the figure's words and table, its CSV, and its drawings. */
export type ChartPackage = {
	/** Used in the CSV's file name: /councils/<slug>/<id>.csv. */
	id: string;
	figure: Omit<ChartFigureProps, 'csv'>;
	csv: string;
} & (
	| { kind: 'line'; wide: LineLayout; narrow: LineLayout }
	| { kind: 'bar'; wide: BarLayout; narrow: BarLayout }
	| { kind: 'strip'; wide: DotStripLayout; narrow: DotStripLayout }
);

/** Sources cited by a set of observations, each once, as the figure shows them. */
export function chartSources(
	observations: readonly { sourceId: string }[],
	data: Pick<ChartData, 'source'>,
): ChartFigureProps['sources'] {
	const ids = [...new Set(observations.map((o) => o.sourceId))];
	return ids.map((id) => {
		const s = data.source(id);
		return s.url
			? { title: sourceLabel(s), url: s.url, publisher: s.publisher, sourceId: id }
			: { title: sourceLabel(s), publisher: s.publisher, sourceId: id };
	});
}

/**
 * "Data as of": the newest publication date among the sources, unless a source without a stated
 * date is from a later reporting year (or has no year at all); then that release's words.
 */
export function chartAsOf(observations: readonly { sourceId: string }[], data: Pick<ChartData, 'source'>): string {
	const sources = [...new Set(observations.map((o) => o.sourceId))].map((id) => data.source(id));
	const dates = sources
		.map((s) => s.published)
		.filter(Boolean)
		.sort();
	// A source without a stated date is named by its release rather than given a guessed date.
	const undated = sources
		.filter((s) => !s.published)
		.map((s) => {
			const year = /reporting year (\d{4})/i.exec(s.release)?.[1];
			return { year: year ? Number(year) : null, words: year ? `the reporting year ${year} release` : s.release };
		});
	const newestDate = dates.at(-1);
	// Publication years and reporting years run together (reporting year 2026 was published June 2026).
	if (newestDate && undated.every((u) => u.year !== null && u.year <= Number(newestDate.slice(0, 4))))
		return newestDate;
	const words = undated
		.map((u) => u.words)
		.filter(Boolean)
		.sort();
	return words.at(-1) ?? newestDate ?? UNDATED;
}

/** A table of observations by period (rows) and series (columns), as printed on the page. */
export function seriesTable(
	periods: readonly string[],
	columns: readonly {
		label: string;
		unit: 'percent' | 'count';
		observations: readonly Observation[];
		/** Decimal places for percentages when the publisher fixes them (the Ombudsman prints none). */
		digits?: number;
	}[],
	periodLabel = 'Year',
) {
	return {
		columns: [periodLabel, ...columns.map((c) => c.label)],
		rows: periods.map((p) => [
			p,
			...columns.map((c) => {
				const o = c.observations.find((x) => x.period === p);
				return o ? formatFigure(o.figure, c.unit, c.digits === undefined ? {} : { digits: c.digits }) : 'no figure';
			}),
		]),
	};
}

/**
 * The observations behind a chart as CSV: each row cited by the publisher's title, release, date
 * and address (as the council's data.csv), then, for checkers, the file and line it came from.
 */
export function chartCsv(
	rows: readonly { series: string; observation: Observation }[],
	sourceOf: (observation: Observation) => CsvSource | null,
): string {
	return toCsv(
		[
			'series',
			'measure',
			'area_code',
			'period',
			'value',
			'status',
			'numerator',
			'denominator',
			'break_in_series',
			...SOURCE_COLUMNS,
			'source_id',
			'source_file',
			'source_line',
		],
		rows.map(({ series, observation: o }) => {
			const source = sourceOf(o);
			return [
				series,
				o.measure,
				o.areaCode,
				o.period,
				...figureCells(o),
				// A year with no figure and no source held (a gap in a compiled series) cites nothing.
				...(source ? sourceCells(source) : SOURCE_COLUMNS.map(() => '')),
				o.sourceId,
				o.file,
				String(o.line),
			];
		}),
	);
}

/** Calendar-year observations as line points, with the counts behind a rate where published. */
export const toPoints = (observations: readonly Observation[]) =>
	observations.map((o) => ({
		x: Number(o.period),
		figure: o.figure,
		numerator: o.numerator,
		denominator: o.denominator,
		doubtful: o.doubt !== undefined,
	}));

/** A caution under a chart for the doubtful figures it draws, linking to the rule on the Data quality page. */
export interface ChartCaution {
	text: string;
	/** Id of the rule (data/reference/quality-rules.csv), the anchor on the Data quality page. */
	rule: string;
}

const periodWords = (o: Observation) => {
	const period = parsePeriod(o.periodKind, o.period);
	return 'error' in period ? o.period : formatPeriod(period);
};

const listWords = (items: readonly string[]) =>
	items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;

/**
 * One caution per series and rule for the doubtful figures a chart draws, in the rule's own words:
 * "The 2024 figure for Cambridgeshire (original method) looks doubtful (a hollow point in a dashed
 * ring): fewer decisions families could appeal than …". Empty when nothing drawn is doubtful.
 */
export function chartCautions(
	drawn: readonly { label: string; observations: readonly Observation[] }[],
): ChartCaution[] {
	const groups = new Map<string, { label: string; rule: string; caution: string; periods: string[] }>();
	for (const { label, observations } of drawn) {
		for (const o of observations) {
			if (!o.doubt || o.figure.status !== 'published') continue;
			const key = `${label}|${o.doubt.rule}`;
			const group = groups.get(key) ?? { label, rule: o.doubt.rule, caution: o.doubt.caution, periods: [] };
			group.periods.push(periodWords(o));
			groups.set(key, group);
		}
	}
	return [...groups.values()].map((g) => {
		const reason = g.caution.replace(/^Doubtful figure:\s*/, '');
		const one = g.periods.length === 1;
		return {
			rule: g.rule,
			text: `The ${listWords(g.periods)} figure${one ? '' : 's'} for ${g.label} ${one ? 'looks' : 'look'} doubtful (${one ? 'a hollow point' : 'hollow points'} in a dashed ring): ${reason}`,
		};
	});
}

/**
 * A chart's text alternative with the doubtful points named at its end. Never cut: when naming
 * them would pass the 250 characters allowed, the end says where they are named instead, and an
 * alt text still too long fails the build (the chart figure schema).
 */
export function altWithCautions(
	alt: string,
	drawn: readonly { label: string; observations: readonly Observation[] }[],
): string {
	const doubtful = drawn.map(({ label, observations }) => ({
		label,
		periods: observations.filter((o) => o.doubt && o.figure.status === 'published').map(periodWords),
	}));
	const named = doubtful.filter((d) => d.periods.length).map((d) => `${d.label}, ${listWords(d.periods)}`);
	if (named.length === 0) return alt;
	// Longest first: each series with its periods; the periods alone; where they are named.
	const periods = [...new Set(doubtful.flatMap((d) => d.periods))];
	const endings = [
		` Doubtful figures, ringed: ${named.join('; ')}.`,
		` Doubtful figures, ringed: ${listWords(periods)}.`,
		` Doubtful figures are ringed; the chart's notes name them.`,
	];
	const fits = endings.find((e) => alt.length + e.length <= 250) ?? endings.at(-1)!;
	return `${alt}${fits}`;
}
