import type { Problem } from '../problems';
import { isSeriesFormat, TABLE_FORMATS, type TableFormat } from '../sources/formats';
import { SOURCE_COLUMNS, type SourceRow } from '../sources/sourcesTable';
import { REFERENCE } from './rawFiles';

// Where each input that is not a series lives, taken from data/reference/sources.csv so that no
// path is written in code: a file whose format only one file has is found by its format (a refreshed
// lookup is a changed row), and the Ombudsman files, several of one format each with its own role,
// by source id. Every listed file of a table format must be claimed here, so none is left unread.

/** The table inputs by role. */
export interface TableFiles {
	lgscoCouncilStats: string;
	lgscoDecisions: string;
	lgscoDecisionsMore: string;
	lgscoCompiledStats: string;
	lgscoTranscribedStats: string;
	lgscoNational: string;
	tribunalNational: string;
	statisticalNeighbours: string;
	ofstedTo2022: string;
	ofstedWinter2022to23: string;
	ofstedNewFramework: string;
	onsDistrictLookup: string;
	hexmap: string;
}

const FORMAT_COLUMN = SOURCE_COLUMNS.indexOf('format') + 1;

/** Finds every table input in sources.csv; a missing, doubled or unclaimed file is a problem. */
export function tableFiles(sources: readonly (SourceRow & { line: number })[]): {
	files: TableFiles;
	problems: Problem[];
} {
	const problems: Problem[] = [];
	const claimed = new Set<string>();
	const missing = (message: string): string => {
		problems.push({ file: REFERENCE.sources, line: 0, column: 0, message });
		return '';
	};
	const claim = (source: SourceRow & { line: number }) => {
		claimed.add(source.id);
		return source.file;
	};
	/** The one file of a format. */
	const only = (format: TableFormat): string => {
		const found = sources.filter((s) => s.format === format);
		const [first, second] = found;
		if (!first) return missing(`no source has format ${format}: the pipeline needs one`);
		if (second)
			problems.push({
				file: REFERENCE.sources,
				line: second.line,
				column: FORMAT_COLUMN,
				message: `format: only one ${format} file is read, and ${first.id} (line ${first.line}) is one already; replace its row rather than adding another (got "${format}")`,
			});
		return claim(first);
	};
	/** The file of one source, checked to be of the format its reader expects. */
	const byId = (id: string, format: TableFormat): string => {
		const source = sources.find((s) => s.id === id);
		if (!source) return missing(`no source ${id}: the pipeline reads it as ${format}`);
		if (source.format !== format)
			problems.push({
				file: REFERENCE.sources,
				line: source.line,
				column: FORMAT_COLUMN,
				message: `format: ${id} is read as ${format} (got "${source.format}")`,
			});
		return claim(source);
	};
	const files: TableFiles = {
		lgscoCouncilStats: only('lgsco-council-statistics'),
		lgscoDecisions: byId('lgsco-decisions-sample', 'lgsco-decisions'),
		lgscoDecisionsMore: byId('lgsco-decisions-sample-more', 'lgsco-decisions'),
		lgscoCompiledStats: byId('lgsco-council-statistics-more', 'lgsco-compiled-statistics'),
		lgscoTranscribedStats: byId('lgsco-council-statistics-transcribed', 'lgsco-compiled-statistics'),
		lgscoNational: only('lgsco-national-figures'),
		tribunalNational: only('tribunal-national-outcomes'),
		statisticalNeighbours: only('dfe-statistical-neighbours'),
		ofstedTo2022: only('ofsted-area-send-to-2022'),
		ofstedWinter2022to23: only('ofsted-area-send-mi-2023'),
		ofstedNewFramework: only('ofsted-area-send-d2i'),
		onsDistrictLookup: only('ons-lad-ctyua'),
		hexmap: only('hexjson'),
	};
	for (const source of sources) {
		if (isSeriesFormat(source.format) || claimed.has(source.id)) continue;
		if ((TABLE_FORMATS as readonly string[]).includes(source.format))
			problems.push({
				file: REFERENCE.sources,
				line: source.line,
				column: FORMAT_COLUMN,
				message: `format: no step of the pipeline reads another ${source.format} file, so ${source.id} would be listed but never read (got "${source.format}")`,
			});
	}
	return { files, problems };
}
