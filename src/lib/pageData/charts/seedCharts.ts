import { toCsv } from '../../format/toCsv';
import { barLayout } from '../../charts/barLayout';
import { CHART_SIZES } from '../../charts/chartSizes';
import { formatPeriod } from '../../model/period';
import { QUALIFIER_WORDS } from '../../scrutiny/formatValue';
import type { Council } from '../../model/council';
import type { SeedFigure } from '../../model/seedFigure';
import { SOURCE_COLUMNS, sourceCells } from '../csvSourceColumns';
import { chartAsOf, chartSources, type ChartData, type ChartPackage } from './chartPackage';
import { formatNumber } from '../../format/formatNumber';

// Charts drawn from figures in the seed documents (data/transcribed/seed-figures.csv). Each bar
// is one transcribed row, named here by id; the numbers themselves are only ever read from data.

/** A seed figure as the document hedged it: "about 15", "245" (the unit is in the label). */
const say = (f: SeedFigure) =>
	`${QUALIFIER_WORDS[f.qualifier]}${f.value.status === 'published' ? formatNumber(f.value.value) : 'not reported'}`;

/** The bars as CSV, each cited by its document's publisher, title, date and address, then the line quoted. */
function seedCsv(rows: readonly { label: string; figure: SeedFigure }[], data: Pick<ChartData, 'source'>): string {
	return toCsv(
		[
			'label',
			'figure_id',
			'value',
			'status',
			'unit',
			'qualifier',
			'period',
			...SOURCE_COLUMNS,
			'source_id',
			'quote_line',
			'quote',
		],
		rows.map(({ label, figure: f }) => [
			label,
			f.id,
			f.value.status === 'published' ? String(f.value.value) : '',
			f.value.status,
			f.unit,
			f.qualifier,
			f.period ? formatPeriod(f.period) : '',
			...sourceCells(data.source(f.sourceId)),
			f.sourceId,
			String(f.quoteLine),
			f.quote,
		]),
	);
}

interface SeedBarSpec {
	id: string;
	/** Seed figure ids, in bar order, with the label each bar carries. */
	bars: readonly { figureId: string; label: string }[];
	title: (byId: (id: string) => SeedFigure) => string;
	subtitle: string;
	notes: string[];
	orientation: 'horizontal' | 'vertical';
	/** The bars are successive stages of one process: numbered, with arrows between them. */
	stages?: boolean;
}

function seedBarChart(council: Council, data: ChartData, spec: SeedBarSpec): ChartPackage | null {
	const seeds = new Map(
		data
			.seedFigures()
			.filter((f) => f.areaCode === council.onsCode)
			.map((f) => [f.id, f]),
	);
	const rows = spec.bars.map((b) => ({ label: b.label, figure: seeds.get(b.figureId) }));
	if (rows.some((r) => !r.figure)) return null;
	const figures = rows as { label: string; figure: SeedFigure }[];
	const byId = (id: string) => seeds.get(id)!;
	const bars = figures.map(({ label, figure }) => ({ key: figure.id, label, figure: figure.value }));
	const options = {
		bars,
		unit: 'count' as const,
		orientation: spec.orientation,
		categoryLabels: 'above' as const,
		stages: spec.stages ?? false,
	};
	const sources = figures.map((r) => r.figure);
	return {
		id: spec.id,
		kind: 'bar',
		figure: {
			id: `chart-${spec.id}`,
			title: spec.title(byId),
			subtitle: spec.subtitle,
			alt: `Bar chart: ${figures.map((r) => `${r.label} ${say(r.figure)}`).join('; ')}.`,
			sources: chartSources(sources, data),
			asOf: chartAsOf(sources, data),
			notes: spec.notes,
			table: {
				columns: ['Stage or period', 'Figure', 'As the document puts it'],
				rows: figures.map(({ label, figure }) => [label, say(figure), `“${figure.quote}”`]),
			},
		},
		csv: seedCsv(figures, data),
		wide: barLayout({ ...options, ...CHART_SIZES.wide, height: 60 + bars.length * 48 }),
		narrow: barLayout({ ...options, ...CHART_SIZES.narrow, height: 60 + bars.length * 56 }),
	};
}

/** Derby's conversion pace from the FOI figures in the blog (seed 000): the pace achieved against the pace needed. */
export function derbyConversionPaceChart(council: Council, data: ChartData): ChartPackage | null {
	return seedBarChart(council, data, {
		id: 'conversion-pace',
		orientation: 'horizontal',
		bars: [
			{
				figureId: 'derby-2017-transfer-rate-to-march-2017-blog',
				label: 'Transfers a month, September 2014 to March 2017',
			},
			{ figureId: 'derby-2017-transfer-rate-apr-dec-2017-blog', label: 'Transfers a month, April to December 2017' },
			{ figureId: 'derby-2018-transfer-rate-required-blog', label: 'Transfers a month needed, January to March 2018' },
		],
		title: (f) =>
			`With ${say(f('derby-2018-statements-outstanding-january-blog'))} statements left in January 2018, Derby needed ${say(f('derby-2018-transfer-rate-required-blog'))} transfers a month, ${say(f('derby-2018-transfer-rate-increase-required-january-blog'))} times its pace`,
		subtitle:
			'Statements transferred to EHC plans each month, Derby, from figures obtained by Freedom of Information request and published in a blog',
		notes: [
			'Figures as the blog gives them, from FOI answers and council reports: rounded ("about", "just over"). They are not official statistics; the official yearly counts are in the conversion chart.',
		],
	});
}

/** Derby's 2018 assessment funnel from its scrutiny report (seed 002). */
export function derbyFunnelChart(council: Council, data: ChartData): ChartPackage | null {
	return seedBarChart(council, data, {
		id: 'funnel-2018',
		orientation: 'horizontal',
		stages: true,
		bars: [
			{ figureId: 'derby-2018-requests-since-april', label: 'Requests for an assessment' },
			{ figureId: 'derby-2018-assessments-agreed-since-april', label: 'Assessments agreed' },
			{ figureId: 'derby-2018-draft-plans-since-april', label: 'Draft plans issued' },
			{ figureId: 'derby-2018-plans-finalised-since-april', label: 'Plans finalised' },
			{ figureId: 'derby-2018-plans-within-20wk-since-april', label: 'Finalised within 20 weeks' },
		],
		title: (f) =>
			`Of ${say(f('derby-2018-requests-since-april'))} requests from April 2018, ${say(f('derby-2018-plans-within-20wk-since-april'))} had become a final plan within 20 weeks by the report`,
		subtitle:
			'Requests and plans since 1 April 2018, Derby, as reported to the Children and Young People Scrutiny Review Board on 29 October 2018',
		notes: [
			'The council’s own figures, counted from 1 April 2018 to the report; many requests were still within their 20 weeks, so this is a snapshot of work in progress, not a completion rate.',
		],
	});
}
