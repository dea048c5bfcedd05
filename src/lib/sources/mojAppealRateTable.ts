import { z } from 'zod';
import { mojCount, mojPercent } from '../csv/cells';
import { absent, type Figure } from '../model/figure';
import { readCsv } from '../csv/readCsv';
import { got, type Parsed, type Problem } from '../problems';
import { applyCodeCorrection, type CodeCorrection } from './codeCorrections';

// The MoJ/HMCTS + DfE "SEND Appeal rate table" files are formatted spreadsheets saved as CSV: title
// rows, a two-row header (years over every third column, then names with footnote numbers glued
// on: "Appeals registered4"), councils grouped under region headings in capitals, an England
// total, then sources, numbered notes and a legend. Each release (tribunalAppealRate2014to2024.ts,
// tribunalAppealRate2024to2025.ts) has this shape; this module reads it, and each file's own
// quirks are passed in as an AppealRateLayout.

/** One council (or England) in one calendar year, by one method of counting appealable decisions. */
export interface AppealRateRow {
	/** 1-based line of the file the figures were read from. */
	line: number;
	/** Name as printed, with footnote markers removed ("Poole5" → "Poole"). */
	laName: string;
	/** DfE three-digit LA code after data/reference/code-corrections.csv; null for England. */
	dfeCode: string | null;
	area: 'council' | 'england';
	/** Calendar year (the tables' note 3: 1 January to 31 December). */
	year: number;
	/** "old": decisions counted from plans in place; "new": from annual reviews completed (not comparable). */
	method: 'old' | 'new';
	appealsRegistered: Figure;
	appealableDecisions: Figure;
	/** Appeals as a percentage of appealable decisions, as published (1 decimal place, printed "4.10%"). */
	appealRate: Figure;
	/** Footnote numbers printed after the name ("England Total4,9" → [4, 9]). */
	footnotes: number[];
	/** Set when the printed code was replaced: the code as printed and why. */
	codeCorrection: { publishedCode: string; reason: string } | null;
}

/** How many lines of each kind the file held, so every line is accounted for. */
export interface AppealRateCounts {
	titles: number;
	headerRows: number;
	blank: number;
	regionHeadings: number;
	laRows: number;
	englandRows: number;
	/** Sources, notes, footnotes and the symbol legend. */
	footnotes: number;
	/** Recognised lines deliberately not read (see AppealRateLayout.unreadLines). */
	unreadTotals: number;
	/** Lines that fit no shape; each has a problem. */
	unrecognised: number;
}

export type AppealRateParsed = Parsed<AppealRateRow> & { counts: AppealRateCounts };

type Measure = 'appealsRegistered' | 'appealableDecisions' | 'appealRate';

/** The quirks of one MoJ appeal-rate file that the shared reader cannot know by itself. */
export interface AppealRateLayout {
	/** Method of the three-column year groups. */
	method: 'old' | 'new';
	/**
	 * Whether two "In development" columns (new-method decisions and rate) follow the last year
	 * group; their appeals are that year's appeals registered, which do not depend on the method.
	 */
	inDevelopment: boolean;
	/**
	 * Whether empty cells count as not reported in a year whose cells are all empty or ".." (not
	 * available), in a row that shows ".." for other years: the publisher left some of the 2024
	 * columns of councils abolished before 2024 empty instead of printing "..".
	 */
	blankYearsInAbolishedRows: boolean;
	/** Single blank cells checked by hand and kept as not reported rather than read as zero. */
	knownBlankCells: readonly { laName: string; year: number; measure: Measure }[];
	/** Lines recognised by their first cell and not read, with the reason. */
	unreadLines: readonly { name: string; reason: string }[];
}

/** The three published cells of one year group, read as Figures (MoJ symbols kept apart from zero). */
export const AppealRateCellsSchema = z.object({
	appealsRegistered: mojCount(),
	appealableDecisions: mojCount(),
	appealRate: mojPercent(),
});

const YEAR = /^\d{4}$/;
const HEADER_NAMES: Record<Measure | 'newDecisions' | 'newRate', RegExp> = {
	// The 2024–2025 file prints "Appeals" over 2025 and "Appeals registered" over 2024.
	appealsRegistered: /^appeals( registered)?$/,
	appealableDecisions: /^total appealable decisions$/,
	appealRate: /^send tribunal appeal rate$/,
	newDecisions: /^in development: total appealable decisions$/,
	newRate: /^in development: send tribunal appeal rate$/,
};
const HEADER_WORDS: Record<keyof typeof HEADER_NAMES, string> = {
	appealsRegistered: 'Appeals registered',
	appealableDecisions: 'Total Appealable Decisions',
	appealRate: 'SEND Tribunal Appeal Rate',
	newDecisions: 'In development: Total Appealable Decisions',
	newRate: 'In development: SEND Tribunal Appeal Rate',
};

/** Splits footnote numbers glued to a name: "England Total4,9" → ["England Total", [4, 9]]. */
export function splitFootnotes(text: string): { name: string; footnotes: number[] } {
	// No English council's name ends in a digit, so trailing digits are always footnote markers.
	const m = /^(.*?\D)(\d+(?:,\d+)*)$/.exec(text.trim());
	if (!m) return { name: text.trim(), footnotes: [] };
	return { name: (m[1] ?? '').trim(), footnotes: (m[2] ?? '').split(',').map(Number) };
}

const normalise = (header: string) => splitFootnotes(header).name.toLowerCase().replace(/\s+/g, ' ');
const isBlank = (cells: readonly string[]) => cells.every((c) => c === '');
const shown = (cells: readonly string[]) =>
	JSON.stringify(
		cells
			.filter((c) => c !== '')
			.join(' | ')
			.slice(0, 80),
	);

/** A region heading: a name in capitals with nothing else on the line ("NORTH EAST", "INNER LONDON"). */
function isRegionHeading(cells: readonly string[]): boolean {
	return /^[A-Z][A-Z &,'-]*[A-Z]$/.test(cells[0] ?? '') && isBlank(cells.slice(1));
}

/**
 * A sources/notes line: "Sources:", "Notes:", "Footnotes:", a numbered note ("5. In 2019 …"),
 * a legend line (".. Not Available", "~ Suppressed") or a continuation with text in the second
 * column only. Only the first two columns may hold text.
 */
function isNote(cells: readonly string[]): boolean {
	const [first = '', second = ''] = cells;
	if (!isBlank(cells.slice(2))) return false;
	if (/^(sources|notes|footnotes)\s*:$/i.test(first)) return true;
	if (second !== '') return first === '' && /[a-z]/i.test(second) && !/^\d{3}$/.test(second);
	return /^\d+\.\s+\S/.test(first) || /^(\.\.|~|x|-)\s+\S/i.test(first);
}

const MEASURES: readonly Measure[] = ['appealsRegistered', 'appealableDecisions', 'appealRate'];

/** Why a published rate disagrees with its own counts, or null when it agrees (or cannot be checked). */
function checkRate(appeals: Figure, decisions: Figure, rate: Figure, rawRate: string): string | null {
	if (appeals.status !== 'published' || decisions.status !== 'published' || rate.status !== 'published') return null;
	if (decisions.value === 0) {
		return appeals.value === 0 && rate.value === 0
			? null
			: `a rate needs appealable decisions; there are none here ${got(rawRate)}`;
	}
	// The tables print rates to 1 decimal place followed by a 0 ("4.10%"), so a rate agrees with
	// its counts when it lies within half a unit of that place of appeals / decisions × 100.
	const exact = (appeals.value / decisions.value) * 100;
	if (Math.abs(exact - rate.value) <= 0.05 + 1e-9) return null;
	return `appeal rate does not recompute from its counts: ${appeals.value} / ${decisions.value} = ${exact.toFixed(2)}% ${got(rawRate)}`;
}

interface Group {
	year: number;
	method: 'old' | 'new';
	/** 0-based field index of each measure. */
	columns: Record<Measure, number>;
}

function readHeader(
	years: readonly string[],
	names: readonly string[],
	yearsLine: number,
	layout: AppealRateLayout,
	file: string,
): { groups: Group[]; width: number; problems: Problem[] } {
	const problems: Problem[] = [];
	const width = Math.max(years.length, names.length);
	const name = (i: number) => normalise(names[i] ?? '');
	const namesLine = yearsLine + 1;
	const first = years[0] || names[0] || '';
	if (first !== '' && first.toLowerCase() !== 'local authority') {
		problems.push({
			file,
			line: yearsLine,
			column: 1,
			message: `expected "Local Authority" or nothing above the council names ${got(first)}`,
		});
	}
	const second = years[1] || names[1] || '';
	if (!/^(old )?la code$/i.test(second)) {
		problems.push({
			file,
			line: names[1] ? namesLine : yearsLine,
			column: 2,
			message: `expected "LA code" or "Old LA code" in the second column ${got(second)}`,
		});
	}
	const expect = (i: number, key: keyof typeof HEADER_NAMES) => {
		if (!HEADER_NAMES[key].test(name(i))) {
			problems.push({
				file,
				line: namesLine,
				column: i + 1,
				message: `expected "${HEADER_WORDS[key]}" (footnote number allowed) ${got(names[i] ?? '')}`,
			});
		}
		if ((years[i] ?? '') !== '' && key !== 'appealsRegistered') {
			problems.push({
				file,
				line: yearsLine,
				column: i + 1,
				message: `expected nothing above "${HEADER_WORDS[key]}" ${got(years[i])}`,
			});
		}
	};
	const groups: Group[] = [];
	let c = 2;
	while (YEAR.test(years[c] ?? '')) {
		const year = Number(years[c]);
		const previous = groups.at(-1);
		if (previous && year <= previous.year) {
			problems.push({
				file,
				line: yearsLine,
				column: c + 1,
				message: `years must increase left to right; ${year} follows ${previous.year} ${got(years[c])}`,
			});
		}
		expect(c, 'appealsRegistered');
		expect(c + 1, 'appealableDecisions');
		expect(c + 2, 'appealRate');
		groups.push({
			year,
			method: layout.method,
			columns: { appealsRegistered: c, appealableDecisions: c + 1, appealRate: c + 2 },
		});
		c += 3;
	}
	if (groups.length === 0) {
		problems.push({
			file,
			line: yearsLine,
			column: 3,
			message: `expected a year such as 2014 above the first figures column ${got(years[2])}`,
		});
	}
	const last = groups.at(-1);
	if (layout.inDevelopment && last) {
		// The "In development" columns carry no year of their own: they sit after the last year's
		// group and give that year's decisions and rate by the new method (the .source.txt, "Final
		// two columns"), with that year's appeals registered, which the method does not change.
		expect(c, 'newDecisions');
		expect(c + 1, 'newRate');
		groups.push({
			year: last.year,
			method: 'new',
			columns: { appealsRegistered: last.columns.appealsRegistered, appealableDecisions: c, appealRate: c + 1 },
		});
		c += 2;
	}
	for (let i = c; i < width; i++) {
		if ((years[i] ?? '') !== '' || (names[i] ?? '') !== '') {
			problems.push({
				file,
				line: (years[i] ?? '') !== '' ? yearsLine : namesLine,
				column: i + 1,
				message: `unexpected header after the last figures column ${got(years[i] || names[i])}`,
			});
		}
	}
	return { groups, width: Math.max(width, c), problems };
}

/**
 * Reads an MoJ "SEND Appeal rate table 1" CSV: every line is a council or England row, a
 * recognised structural line (counted) or a problem at file:line:column.
 */
export function parseMojAppealRateTable(
	text: string,
	file: string,
	corrections: readonly CodeCorrection[],
	layout: AppealRateLayout,
): AppealRateParsed {
	const counts: AppealRateCounts = {
		titles: 0,
		headerRows: 0,
		blank: 0,
		regionHeadings: 0,
		laRows: 0,
		englandRows: 0,
		footnotes: 0,
		unreadTotals: 0,
		unrecognised: 0,
	};
	// Read with no header so the title lines come back too; the header is found below by its years,
	// not by a fixed count of title lines, which differs between the two files (3 and 6).
	const table = readCsv(text, file);
	const problems: Problem[] = [...table.problems];
	const rows: AppealRateRow[] = [];
	if (table.header.length === 0) return { rows, problems, counts };
	const records = [{ line: table.headerLine, fields: table.header }, ...table.records].map((r) => ({
		line: r.line,
		cells: r.fields.map((f) => f.trim()),
	}));

	const yearsAt = records.findIndex((r) => r.cells.slice(2).some((c) => YEAR.test(c)));
	const yearsRecord = records[yearsAt];
	const namesRecord = records[yearsAt + 1];
	if (!yearsRecord || !namesRecord) {
		problems.push({
			file,
			line: 1,
			column: 0,
			message: `no header row with years (such as 2024) above the figures ${got(records[0]?.cells[0] ?? '')}`,
		});
		return { rows, problems, counts };
	}
	for (const { line, cells } of records.slice(0, yearsAt)) {
		if (isBlank(cells)) counts.blank++;
		else if (isNote(cells)) counts.footnotes++;
		else if (isBlank(cells.slice(1))) counts.titles++;
		else {
			counts.unrecognised++;
			problems.push({
				file,
				line,
				column: 0,
				message: `unrecognised line before the header: not a title, note or blank line (got ${shown(cells)})`,
			});
		}
	}
	counts.headerRows = 2;
	const header = readHeader(yearsRecord.cells, namesRecord.cells, yearsRecord.line, layout, file);
	if (header.problems.length > 0) return { rows, problems: [...problems, ...header.problems], counts };
	const { groups, width } = header;
	const lastColumn = Math.max(...groups.flatMap((g) => Object.values(g.columns)));

	const reported = new Set<string>();
	const seen = new Map<string, number>();
	for (const { line, cells } of records.slice(yearsAt + 2)) {
		const problem = (column: number, message: string) => {
			const key = `${line}:${column}`;
			if (reported.has(key)) return;
			reported.add(key);
			problems.push({ file, line, column, message });
		};
		if (isBlank(cells)) {
			counts.blank++;
			continue;
		}
		if (isRegionHeading(cells)) {
			counts.regionHeadings++;
			continue;
		}
		if (isNote(cells)) {
			counts.footnotes++;
			continue;
		}
		if (layout.unreadLines.some((u) => u.name.toLowerCase() === (cells[0] ?? '').toLowerCase())) {
			counts.unreadTotals++;
			continue;
		}
		if (isBlank(cells.slice(1))) {
			counts.unrecognised++;
			problem(
				0,
				`unrecognised line: text in the first column only, but not a region heading in capitals or a numbered note (got ${shown(cells)})`,
			);
			continue;
		}
		const { name, footnotes } = splitFootnotes(cells[0] ?? '');
		if (name === '') {
			counts.unrecognised++;
			problem(1, `a row with figures needs a council name; this cell is empty ${got(cells[0])}`);
			continue;
		}
		const area = /^england total$/i.test(name) ? 'england' : 'council';
		if (area === 'england') counts.englandRows++;
		else counts.laRows++;
		if (cells.length !== width) {
			problem(0, `expected ${width} cells as in the header, found ${cells.length} (got ${shown(cells)})`);
			continue;
		}
		const published = cells[1] ?? '';
		let dfeCode: string | null = null;
		let codeCorrection: AppealRateRow['codeCorrection'] = null;
		if (area === 'england') {
			if (published !== '') problem(2, `the England total has no LA code ${got(published)}`);
		} else {
			const fixed = applyCodeCorrection(corrections, file, name, published);
			if (fixed.corrected) codeCorrection = { publishedCode: published, reason: fixed.reason ?? '' };
			if (/^\d{3}$/.test(fixed.code)) dfeCode = fixed.code;
			else
				problem(
					2,
					`LA code: expected a three-digit DfE LA code such as 831, or a correction in data/reference/code-corrections.csv ${got(published)}`,
				);
		}
		for (let i = lastColumn + 1; i < cells.length; i++) {
			if (cells[i] !== '') problem(i + 1, `unexpected value after the last figures column ${got(cells[i])}`);
		}
		const rowHasProblem = () => [...reported].some((k) => k.startsWith(`${line}:`));
		if (rowHasProblem()) continue;

		// A line gives rows only when every cell on it reads cleanly: one bad cell withholds the
		// whole line, so no council is shown with some years silently missing.
		const lineRows: AppealRateRow[] = [];
		const abolished = layout.blankYearsInAbolishedRows && cells.some((c) => c === '..');
		for (const group of groups) {
			const raw = (m: Measure) => cells[group.columns[m]] ?? '';
			const figures: Partial<Record<Measure, Figure>> = {};
			const toRead: Partial<Record<Measure, string>> = {};
			const yearNotPublished = MEASURES.every((m) => raw(m) === '' || raw(m) === '..');
			for (const m of MEASURES) {
				const knownBlank = layout.knownBlankCells.some(
					(k) => k.laName === name && k.year === group.year && k.measure === m,
				);
				if (raw(m) === '' && ((yearNotPublished && abolished) || knownBlank)) figures[m] = absent('not_reported');
				else toRead[m] = raw(m);
			}
			const result = AppealRateCellsSchema.partial().safeParse(toRead);
			if (!result.success) {
				for (const issue of result.error.issues) {
					const m = issue.path[0] as Measure;
					problem(group.columns[m] + 1, issue.message);
				}
				continue;
			}
			Object.assign(figures, result.data);
			const { appealsRegistered, appealableDecisions, appealRate } = figures as Record<Measure, Figure>;
			const rateProblem = checkRate(appealsRegistered, appealableDecisions, appealRate, raw('appealRate'));
			if (rateProblem) {
				problem(group.columns.appealRate + 1, rateProblem);
				continue;
			}
			lineRows.push({
				line,
				laName: name,
				dfeCode,
				area,
				year: group.year,
				method: group.method,
				appealsRegistered,
				appealableDecisions,
				appealRate,
				footnotes,
				codeCorrection,
			});
		}
		if (rowHasProblem()) continue;
		const key = `${area}|${dfeCode ?? name}`;
		const firstLine = seen.get(key);
		if (firstLine !== undefined) {
			problem(0, `duplicate row: ${name} is already read on line ${firstLine} ${got(cells[0])}`);
			continue;
		}
		seen.set(key, line);
		rows.push(...lineRows);
	}
	return { rows, problems, counts };
}
