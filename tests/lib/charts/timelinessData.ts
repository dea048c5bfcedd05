// Real figures for the chart tests, read from the raw DfE files in data/raw (never edited), so a
// test asserts against what DfE published rather than invented numbers.
//
// Measure: % of new EHC plans issued within 20 weeks, excluding exception cases, calendar year.
// - 2019–2024: data/raw/dfe-ehcp-2025-release/timeliness_20_week.csv, breakdown
//   "All EHC plans issued", column PC_plans_issued_20_weeks_ex (DfE, published 26 June 2025).
// - 2018: data/raw/dfe-ehcp-2022-release/sen2_mi.csv, column NoExc20weekRate (the 2025 file
//   starts at 2019).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { readDfeCell } from '../../../src/lib/csv/figure';
import { type Figure } from '../../../src/lib/model/figure';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function readCsv(path: string): Record<string, string>[] {
	const text = readFileSync(`${root}${path}`, 'utf8');
	return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy', dynamicTyping: false })
		.data;
}

function figure(raw: string | undefined): Figure {
	const cell = readDfeCell(raw ?? '', 'percent');
	if (!cell.ok) throw new Error(cell.message);
	return cell.figure;
}

export interface TimelinessRow {
	year: number;
	level: string;
	oldLaCode: string;
	onsCode: string;
	name: string;
	figure: Figure;
}

let cache: TimelinessRow[] | undefined;

/** Every "All EHC plans issued" row of the 2025 release, with its excluding-exceptions rate. */
export function timeliness2025(): TimelinessRow[] {
	cache ??= readCsv('data/raw/dfe-ehcp-2025-release/timeliness_20_week.csv')
		.filter((r) => r['breakdown'] === 'All EHC plans issued')
		.map((r) => ({
			year: Number(r['time_period']),
			level: r['geographic_level']!,
			oldLaCode: r['old_la_code'] ?? '',
			onsCode: r['geographic_level'] === 'Regional' ? r['region_code']! : (r['new_la_code'] ?? ''),
			name:
				r['geographic_level'] === 'National'
					? 'England'
					: r['geographic_level'] === 'Regional'
						? r['region_name']!
						: r['la_name']!,
			figure: figure(r['PC_plans_issued_20_weeks_ex']),
		}));
	return cache;
}

/** The 2018 rate for an old LA code (or "" for England) from the 2022 release. */
export function timeliness2018(oldLaCode: string): Figure {
	const row = readCsv('data/raw/dfe-ehcp-2022-release/sen2_mi.csv').find(
		(r) =>
			r['time_period'] === '2018' &&
			(oldLaCode === '' ? r['geographic_level'] === 'National' : r['old_la_code'] === oldLaCode),
	);
	if (!row) throw new Error(`no 2018 row for ${oldLaCode || 'England'}`);
	// The 2022 file prints rates with twelve decimals ("11.700000000000").
	const f = figure(row['NoExc20weekRate']);
	return f.status === 'published' ? { status: 'published', value: Math.round(f.value * 10) / 10 } : f;
}

/** One area's series, 2019–2024, by old LA code (councils) or name (England, regions). */
export function seriesFor(match: { oldLaCode?: string; name?: string }): { x: number; figure: Figure }[] {
	return timeliness2025()
		.filter((r) =>
			match.oldLaCode
				? r.oldLaCode === match.oldLaCode && r.level === 'Local authority'
				: r.name === match.name && r.level !== 'Local authority',
		)
		.map((r) => ({ x: r.year, figure: r.figure }))
		.sort((a, b) => a.x - b.x);
}
