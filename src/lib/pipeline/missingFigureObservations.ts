import { absent } from '../model/figure';
import type { Council } from '../model/council';
import type { Observation } from '../model/observation';
import type { Problem } from '../problems';
import type { MissingFigure } from '../sources/missingFigures';

export interface MissingFigureOptions {
	councils: readonly Council[];
	missingFigures: readonly MissingFigure[];
	/** The reference file the notes come from, named in problems and in the figures it explains. */
	file: string;
}

/**
 * Makes every council's newest period explicit. A council that has earlier years of a measure but
 * no row in its newest period gets a figure saying why (from missing-figures.csv), so its page
 * shows the newest year with the publisher's reason instead of falling back a year; a row of "x"
 * listed there takes the listed status and note. Anything unexplained, and any note that no longer
 * matches the data, is a problem.
 */
export function missingFigureObservations(
	observations: readonly Observation[],
	options: MissingFigureOptions,
): { observations: Observation[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const byOns = new Map(options.councils.map((c) => [c.onsCode, c]));
	const byDfe = new Map(options.councils.map((c) => [c.dfeCode, c]));
	const notes = new Map<string, MissingFigure>();
	const used = new Set<MissingFigure>();
	for (const m of options.missingFigures) {
		const council = byDfe.get(m.dfeCode);
		if (!council) {
			problems.push({
				file: options.file,
				line: m.line,
				column: 2,
				message: `dfe_code: not a current council (got "${m.dfeCode}")`,
			});
			continue;
		}
		if (council.name !== m.laName)
			problems.push({
				file: options.file,
				line: m.line,
				column: 3,
				message: `la_name: DfE code ${m.dfeCode} is ${council.name} (got "${m.laName}")`,
			});
		notes.set(`${m.sourceId}|${m.dfeCode}`, m);
	}

	// Rows the publisher marked "x": the listed status and note replace "not available".
	const out = observations.map((o) => {
		const council = o.areaType === 'council' ? byOns.get(o.areaCode) : undefined;
		const note = council ? notes.get(`${o.sourceId}|${council.dfeCode}`) : undefined;
		if (!note || o.figure.status !== 'unavailable') return o;
		used.add(note);
		return { ...o, figure: absent(note.status), note: note.note };
	});

	// Councils with earlier years of a measure but nothing in its newest period.
	const byMeasure = new Map<string, Observation[]>();
	for (const o of out) byMeasure.set(o.measure, [...(byMeasure.get(o.measure) ?? []), o]);
	for (const [measure, list] of byMeasure) {
		const latest = list.reduce((a, b) => (b.period > a.period ? b : a));
		const newest = new Set(list.filter((o) => o.period === latest.period).map((o) => o.areaCode));
		// Councils with earlier years, and councils listed against the newest period's source
		// (so a measure new in that release, like mean weeks to a plan, is explained too).
		const listed = options.councils.filter((c) => notes.has(`${latest.sourceId}|${c.dfeCode}`)).map((c) => c.onsCode);
		const earlier = list.filter((o) => o.areaType === 'council' && byOns.has(o.areaCode)).map((o) => o.areaCode);
		const missing = new Set([...earlier, ...listed].filter((code) => !newest.has(code)));
		for (const code of missing) {
			const council = byOns.get(code);
			if (!council) continue;
			const note = notes.get(`${latest.sourceId}|${council.dfeCode}`);
			if (!note) {
				problems.push({
					file: latest.file,
					line: 0,
					column: 0,
					message: `${council.name} (DfE code ${council.dfeCode}) has earlier ${measure} figures but no row for ${latest.period}: say why in ${options.file} (source_id ${latest.sourceId})`,
				});
				continue;
			}
			used.add(note);
			out.push({
				measure,
				areaType: 'council',
				areaCode: code,
				periodKind: latest.periodKind,
				period: latest.period,
				figure: absent(note.status),
				sourceId: note.sourceId,
				file: options.file,
				line: note.line,
				note: note.note,
			});
		}
	}
	for (const m of options.missingFigures)
		if (byDfe.has(m.dfeCode) && !used.has(m))
			problems.push({
				file: options.file,
				line: m.line,
				column: 0,
				message: `nothing from ${m.sourceId} is missing or marked x for ${m.laName}: remove this row or correct it`,
			});
	return { observations: out, problems };
}
