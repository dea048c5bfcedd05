import Papa from 'papaparse';

// What moved between two versions of data/derived/observations.csv, for `npm run data:check`.
// A figure is identified by measure, area and period; everything else about it can change.

/** One row of observations.csv, reduced to what a change report needs. Cells stay as written. */
export interface DerivedFigure {
	measure: string;
	areaType: string;
	areaCode: string;
	periodType: string;
	period: string;
	value: string;
	status: string;
	numerator: string;
	denominator: string;
	sourceId: string;
}

/** A period that appears for the first time, with the areas that have a figure for it. */
export interface NewPeriod {
	periodType: string;
	period: string;
	figures: DerivedFigure[];
}

/** Everything that moved for one measure. Lists are in period, then area-code order. */
export interface MeasureChanges {
	measure: string;
	/** Periods the measure had no figure for before. */
	newPeriods: NewPeriod[];
	/** Figures for areas that had none in a period the measure already covered. */
	added: DerivedFigure[];
	/** Same measure, area and period; a different value, status, numerator or denominator. */
	revised: { before: DerivedFigure; after: DerivedFigure }[];
	/** Figures that are no longer in the data. */
	withdrawn: DerivedFigure[];
	/** Figures now read from another source with nothing else changed (e.g. an extract replaced by the full file). */
	resourced: { from: string; to: string; count: number }[];
}

/** Reads observations.csv text into figures; throws on a CSV error or missing column, since the file is our own output. */
export function readDerivedFigures(text: string, file: string): DerivedFigure[] {
	const parsed = Papa.parse<Record<string, string>>(text, {
		header: true,
		dynamicTyping: false,
		skipEmptyLines: 'greedy',
	});
	if (parsed.errors.length > 0) throw new Error(`${file}: ${parsed.errors[0]?.message ?? 'CSV error'}`);
	const columns = ['measure', 'area_type', 'area_code', 'period_type', 'period', 'value', 'status', 'source_id'];
	const missing = columns.filter((c) => !parsed.meta.fields?.includes(c));
	if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
	return parsed.data.map((r) => ({
		measure: r['measure'] ?? '',
		areaType: r['area_type'] ?? '',
		areaCode: r['area_code'] ?? '',
		periodType: r['period_type'] ?? '',
		period: r['period'] ?? '',
		value: r['value'] ?? '',
		status: r['status'] ?? '',
		numerator: r['numerator'] ?? '',
		denominator: r['denominator'] ?? '',
		sourceId: r['source_id'] ?? '',
	}));
}

const keyOf = (f: DerivedFigure) => `${f.measure}|${f.areaType}|${f.areaCode}|${f.periodType}|${f.period}`;
const periodOf = (f: DerivedFigure) => `${f.periodType}|${f.period}`;
const byPeriodThenArea = (a: DerivedFigure, b: DerivedFigure) =>
	a.periodType.localeCompare(b.periodType) || a.period.localeCompare(b.period) || a.areaCode.localeCompare(b.areaCode);
const sameFigure = (a: DerivedFigure, b: DerivedFigure) =>
	a.value === b.value && a.status === b.status && a.numerator === b.numerator && a.denominator === b.denominator;

/** Compares two versions of the derived figures, measure by measure; measures with no change are left out. */
export function compareObservations(before: DerivedFigure[], after: DerivedFigure[]): MeasureChanges[] {
	const old = new Map(before.map((f) => [keyOf(f), f]));
	const current = new Map(after.map((f) => [keyOf(f), f]));
	const oldPeriods = new Set(before.map((f) => `${f.measure}|${periodOf(f)}`));
	const changes = new Map<string, MeasureChanges>();
	const of = (measure: string): MeasureChanges => {
		let c = changes.get(measure);
		if (!c) {
			c = { measure, newPeriods: [], added: [], revised: [], withdrawn: [], resourced: [] };
			changes.set(measure, c);
		}
		return c;
	};

	for (const f of [...after].sort(byPeriodThenArea)) {
		const was = old.get(keyOf(f));
		if (!was) {
			const c = of(f.measure);
			if (oldPeriods.has(`${f.measure}|${periodOf(f)}`)) c.added.push(f);
			else {
				const period = c.newPeriods.find((p) => p.periodType === f.periodType && p.period === f.period);
				if (period) period.figures.push(f);
				else c.newPeriods.push({ periodType: f.periodType, period: f.period, figures: [f] });
			}
		} else if (!sameFigure(was, f)) of(f.measure).revised.push({ before: was, after: f });
		else if (was.sourceId !== f.sourceId) {
			const c = of(f.measure);
			const moved = c.resourced.find((r) => r.from === was.sourceId && r.to === f.sourceId);
			if (moved) moved.count++;
			else c.resourced.push({ from: was.sourceId, to: f.sourceId, count: 1 });
		}
	}
	for (const f of [...before].sort(byPeriodThenArea)) if (!current.has(keyOf(f))) of(f.measure).withdrawn.push(f);
	return [...changes.values()].sort((a, b) => a.measure.localeCompare(b.measure));
}
