import { streamCsv, missingColumns, type CsvRecord } from '../csv/readCsv';
import { readDfeCell, type CellKind } from '../csv/figure';
import { type Figure } from '../model/figure';
import { got, type Parsed, type Problem } from '../problems';
import { parseEesAcademicCode, type Period } from '../model/period';
import type { AreaType } from '../model/observation';

/** How one Explore Education Statistics (EES) file is to be read. */
export interface EesSpec {
	/** Measure columns to read (lower case), and whether each holds counts or percentages. */
	columns: Record<string, CellKind>;
	/** Columns only some releases have (e.g. mean weeks to a plan, new in 2026); read when present. */
	optionalColumns?: Record<string, CellKind>;
	/** How time_period is written: 2018 (calendar year) or 202425 (academic year code). */
	timePeriod: 'calendar' | 'academic';
	/** The time_identifier every row must carry, e.g. "Calendar year". */
	timeIdentifier: string;
	/** Column holding the breakdown (e.g. "breakdown_topic", "characteristic_age") and the value that means "all". */
	breakdown?: { column: string; all: readonly string[] };
	/** Years to read; rows outside are set aside and counted, because a later release supersedes them. */
	years?: { from: number; to: number };
}

/** One "all" row of an EES file: where, when, and the figures of the measure columns asked for. */
export interface EesRow {
	line: number;
	areaType: AreaType;
	/** ONS code of the area (country, region or local authority). */
	areaCode: string;
	/** DfE three-digit LA code for councils, null otherwise. */
	dfeCode: string | null;
	name: string;
	regionCode: string | null;
	regionName: string | null;
	/** Calendar year, or the academic year's start (202425 → 2024). */
	year: number;
	period: Period;
	values: Record<string, Figure>;
}

/** Which columns of an EES row make up one measure: its value, and for rates the counts behind it. */
export interface MeasureColumns {
	value: string;
	numerator?: string;
	denominator?: string;
	/** The value column is one only some releases have: rows without it give no figure for this measure. */
	optional?: boolean;
}

export interface EesParsed extends Parsed<EesRow> {
	/** Data rows read, and rows set aside with the reason, so nothing disappears unseen. */
	read: number;
	setAside: Record<string, number>;
}

const GEOGRAPHY = [
	'time_period',
	'time_identifier',
	'geographic_level',
	'country_code',
	'region_code',
	'region_name',
	'new_la_code',
	'old_la_code',
	'la_name',
];

// EES geographic levels this site uses (EES data guidance, "geographic_level").
const LEVELS: Record<string, AreaType> = { national: 'england', regional: 'region', 'local authority': 'council' };

/**
 * Reads an EES tidy CSV (time_period, geography, breakdown, measures) into validated rows.
 * Column names are matched in lower case because the 2026 release lower-cased names the
 * 2025 release spelt PC_plans_issued_20_weeks_ex; values are never coerced.
 */
export function parseEesTable(text: string, file: string, spec: EesSpec): EesParsed {
	const problems: Problem[] = [];
	const required = [...GEOGRAPHY, ...(spec.breakdown ? [spec.breakdown.column] : []), ...Object.keys(spec.columns)];
	let header: string[] = [];
	/** The measure columns to read, worked out once from the header. */
	let measureColumns: [string, CellKind][] = [];
	const col = (name: string) => header.indexOf(name);
	const setAside: Record<string, number> = {};
	const aside = (reason: string) => (setAside[reason] = (setAside[reason] ?? 0) + 1);
	const rows: EesRow[] = [];
	const seen = new Map<string, number>();
	let read = 0;

	// Rows are checked and selected as they are read, so only the rows kept are held in memory
	// (a file such as caseload.csv is mostly breakdowns that are set aside).
	const visit = (record: CsvRecord): void => {
		read++;
		const cell = (name: string) => record.fields[col(name)] ?? '';
		const problem = (name: string, message: string) =>
			problems.push({ file, line: record.line, column: col(name) + 1, message: `${name}: ${message}` });
		// Reported by streamCsv (expected N cells, got M).
		if (record.fields.length !== header.length) return;
		const before = problems.length;

		// Every row is validated before it is selected, so a bad cell in a breakdown the site does not
		// use, or in a year read from another release, still stops the build (issue 7).
		const breakdown =
			spec.breakdown && !spec.breakdown.all.includes(cell(spec.breakdown.column))
				? `${spec.breakdown.column} is "${cell(spec.breakdown.column)}"`
				: null;
		const level = cell('geographic_level').toLowerCase();
		const areaType = Object.hasOwn(LEVELS, level) ? LEVELS[level] : undefined;
		if (!areaType) {
			problem('geographic_level', `expected National, Regional or Local authority ${got(cell('geographic_level'))}`);
			return;
		}
		const rawPeriod = cell('time_period').trim();
		const year =
			spec.timePeriod === 'calendar'
				? /^\d{4}$/.test(rawPeriod)
					? Number(rawPeriod)
					: null
				: parseEesAcademicCode(rawPeriod);
		if (year === null) {
			problem(
				'time_period',
				`expected ${spec.timePeriod === 'calendar' ? 'a year such as 2024' : 'an academic year code such as 202425'} ${got(rawPeriod)}`,
			);
			return;
		}
		if (cell('time_identifier') !== spec.timeIdentifier) {
			problem('time_identifier', `expected "${spec.timeIdentifier}" ${got(cell('time_identifier'))}`);
		}

		let areaCode = '';
		let dfeCode: string | null = null;
		let name = '';
		if (areaType === 'england') {
			areaCode = cell('country_code');
			name = 'England';
			if (areaCode !== 'E92000001') problem('country_code', `England's code is E92000001 ${got(areaCode)}`);
		} else if (areaType === 'region') {
			areaCode = cell('region_code');
			name = cell('region_name');
			if (!/^E12\d{6}$/.test(areaCode))
				problem('region_code', `expected a region code such as E12000004 ${got(areaCode)}`);
		} else {
			areaCode = cell('new_la_code');
			dfeCode = cell('old_la_code');
			name = cell('la_name');
			if (!/^E(06|07|08|09|10)\d{6}$/.test(areaCode))
				problem('new_la_code', `expected an ONS local authority code such as E06000015 ${got(areaCode)}`);
			if (!/^\d{3}$/.test(dfeCode))
				problem('old_la_code', `expected a three-digit DfE LA code such as 831 ${got(dfeCode)}`);
			if (name.trim() === '') problem('la_name', 'this cell is required but is empty (got "")');
		}
		const regionCode = areaType === 'england' ? null : cell('region_code');
		const regionName = areaType === 'england' ? null : cell('region_name');
		if (areaType === 'council' && !/^E12\d{6}$/.test(regionCode ?? '')) {
			problem('region_code', `a local authority row needs its region code ${got(regionCode ?? '')}`);
		}

		// A breakdown row's cells are checked but not kept, so it leaves nothing behind in memory.
		const values: Record<string, Figure> = {};
		for (const [name, kind] of measureColumns) {
			const result = readDfeCell(cell(name), kind);
			if (!result.ok) problem(name, result.message);
			else if (!breakdown) values[name] = result.figure;
		}

		if (problems.length > before) return;
		if (breakdown) {
			aside(breakdown);
			return;
		}
		if (spec.years && (year < spec.years.from || year > spec.years.to)) {
			aside(`year ${rawPeriod} read from another release (see data/README.md)`);
			return;
		}

		const key = `${areaType}|${areaCode}|${dfeCode ?? ''}|${year}`;
		const first = seen.get(key);
		if (first !== undefined) {
			problems.push({
				file,
				line: record.line,
				column: 0,
				message: `duplicate row: ${name} ${rawPeriod} already appears on line ${first}`,
			});
			return;
		}
		seen.set(key, record.line);

		const period: Period =
			spec.timePeriod === 'calendar' ? { kind: 'calendar', year } : { kind: 'academic', startYear: year };
		rows.push({ line: record.line, areaType, areaCode, dfeCode, name, regionCode, regionName, year, period, values });
	};
	const stream = streamCsv(text, file, visit, {
		onHeader: (names, headerLine) => {
			header = names.map((h) => h.toLowerCase());
			measureColumns = [
				...Object.entries(spec.columns),
				...Object.entries(spec.optionalColumns ?? {}).filter(([name]) => col(name) >= 0),
			];
			const missing = missingColumns({ file, header, headerLine }, required);
			problems.push(...missing);
			return missing.length === 0;
		},
	});
	return { rows, problems: [...stream.problems, ...problems], read, setAside };
}
