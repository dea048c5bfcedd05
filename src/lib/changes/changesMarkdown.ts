import { formatPeriod, parsePeriod } from '../model/period';
import type { DerivedFigure, MeasureChanges } from './compareObservations';

// data/CHANGES.md: what a data update moved, measure by measure, for whoever checks it before it
// is merged and for anyone who cited a figure. Deterministic: no clock, so the same inputs give the same file.

export interface ChangesContext {
	/** The measures in data/reference/measures.csv order, for headings and units. */
	measures: readonly { id: string; label: string; unit: string }[];
	/** Names of areas by code (England, regions, councils, before and after). */
	areaNames: ReadonlyMap<string, string>;
	/** What the fresh run was compared with, in words. */
	against: string;
	councilsAdded: readonly string[];
	councilsRemoved: readonly string[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const periodText = (periodType: string, period: string) => {
	const parsed = parsePeriod(periodType, period);
	return 'error' in parsed ? period : formatPeriod(parsed);
};

/** A figure as a checker reads it: the value with its unit, or its status in words; counts beside a rate when asked. */
function figureText(f: DerivedFigure, unit: string, withCounts: boolean): string {
	const value = f.status === 'published' ? `${f.value}${unit === 'percent' ? '%' : ''}` : f.status.replaceAll('_', ' ');
	return withCounts && (f.numerator !== '' || f.denominator !== '')
		? `${value} (${f.numerator} of ${f.denominator})`
		: value;
}

/** Renders the comparison as Markdown. */
export function changesMarkdown(changes: readonly MeasureChanges[], context: ChangesContext): string {
	const area = (code: string) => {
		const name = context.areaNames.get(code);
		return name ? `${name} (${code})` : code;
	};
	const order = new Map(context.measures.map((m, i) => [m.id, i]));
	const sorted = [...changes].sort(
		(a, b) =>
			(order.get(a.measure) ?? Infinity) - (order.get(b.measure) ?? Infinity) || a.measure.localeCompare(b.measure),
	);
	const count = (pick: (c: MeasureChanges) => number) => sorted.reduce((n, c) => n + pick(c), 0);
	const newPeriods = count((c) => c.newPeriods.length);
	const newFigures = count((c) => c.added.length + c.newPeriods.reduce((n, p) => n + p.figures.length, 0));
	const revised = count((c) => c.revised.length);
	const withdrawn = count((c) => c.withdrawn.length);
	const resourced = count((c) => c.resourced.reduce((n, r) => n + r.count, 0));

	const lines = [
		'# What changed in the data',
		'',
		`Written by \`npm run data:check\`: a fresh run of the data pipeline on data/raw and data/reference, into a temporary folder, compared with ${context.against}. data/derived itself was not changed.`,
		'',
	];
	if (sorted.length === 0 && context.councilsAdded.length === 0 && context.councilsRemoved.length === 0) {
		lines.push('Nothing changed: every figure is the same, from the same source.', '');
		return lines.join('\n');
	}
	lines.push(
		`In short: ${plural(sorted.length, 'measure')} changed; ${plural(newPeriods, 'new period')}, ${plural(newFigures, 'new figure')}, ${plural(revised, 'revised value')}, ${plural(withdrawn, 'figure')} withdrawn, ${plural(resourced, 'figure')} now from another source with the same value.`,
		'',
	);
	if (context.councilsAdded.length > 0 || context.councilsRemoved.length > 0) {
		lines.push('## Councils', '');
		if (context.councilsAdded.length > 0) lines.push(`- Added: ${context.councilsAdded.map(area).join(', ')}`);
		if (context.councilsRemoved.length > 0) lines.push(`- Removed: ${context.councilsRemoved.map(area).join(', ')}`);
		lines.push('');
	}
	for (const c of sorted) {
		const measure = context.measures.find((m) => m.id === c.measure);
		const unit = measure?.unit ?? 'count';
		lines.push(`## ${measure?.label ?? c.measure} (\`${c.measure}\`)`, '');
		if (c.newPeriods.length > 0) {
			lines.push('New periods:', '');
			for (const p of c.newPeriods) {
				const by = (type: string) => p.figures.filter((f) => f.areaType === type).length;
				const parts = [
					by('england') > 0 ? 'England' : '',
					by('region') > 0 ? plural(by('region'), 'region') : '',
					by('council') > 0 ? plural(by('council'), 'council') : '',
				].filter(Boolean);
				lines.push(
					`- ${periodText(p.periodType, p.period)}: ${plural(p.figures.length, 'figure')} (${parts.join(', ')})`,
				);
			}
			lines.push('');
		}
		if (c.added.length > 0) {
			lines.push('New figures for periods already covered:', '');
			const periods = [...new Set(c.added.map((f) => `${f.periodType}|${f.period}`))];
			for (const key of periods) {
				const figures = c.added.filter((f) => `${f.periodType}|${f.period}` === key);
				const first = figures[0]!;
				lines.push(
					`- ${periodText(first.periodType, first.period)} (${figures.length}): ${figures.map((f) => (f.status === 'published' ? area(f.areaCode) : `${area(f.areaCode)} (${f.status.replaceAll('_', ' ')})`)).join(', ')}`,
				);
			}
			lines.push('');
		}
		if (c.revised.length > 0) {
			lines.push('Revised values:', '', '| Area | Period | Old | New |', '| --- | --- | --- | --- |');
			for (const { before, after } of c.revised) {
				const counts = before.numerator !== after.numerator || before.denominator !== after.denominator;
				lines.push(
					`| ${area(after.areaCode)} | ${periodText(after.periodType, after.period)} | ${figureText(before, unit, counts)} | ${figureText(after, unit, counts)} |`,
				);
			}
			lines.push('');
		}
		if (c.withdrawn.length > 0) {
			lines.push('Withdrawn:', '', '| Area | Period | Was |', '| --- | --- | --- |');
			for (const f of c.withdrawn)
				lines.push(`| ${area(f.areaCode)} | ${periodText(f.periodType, f.period)} | ${figureText(f, unit, false)} |`);
			lines.push('');
		}
		if (c.resourced.length > 0) {
			lines.push('Now from another source, value unchanged:', '');
			for (const r of c.resourced) lines.push(`- ${plural(r.count, 'figure')}: ${r.from} → ${r.to}`);
			lines.push('');
		}
	}
	return lines.join('\n');
}
