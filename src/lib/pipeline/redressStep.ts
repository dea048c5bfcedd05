import type { Council, FormerCouncil } from '../model/council';
import type { LgscoCouncilStatsRow } from '../sources/lgscoCouncilStats';
import { parseLgscoCompiledStats } from '../sources/lgscoCouncilStatsCompiled';
import { parseLgscoDecisions } from '../sources/lgscoDecisions';
import { parseLgscoNationalFigures } from '../sources/lgscoNationalFigures';
import { parseTribunalNationalOutcomes } from '../sources/tribunalNationalOutcomes';
import { parseDecisionThemes, parseLgscoCouncils, parseQuotingSources, parseThemes } from '../sources/redressReference';
import type { SourceRow } from '../sources/sourcesTable';
import type { Parsed, Problem } from '../problems';
import type { BuildEffects } from './buildEffects';
import type { FileReport } from './fileReport';
import { redress, type RedressData } from './redress';
import { REFERENCE } from './rawFiles';
import type { TableFiles } from './tableFiles';

// The redress part of the pipeline: reads the Ombudsman and Tribunal files and their reference
// tables, and joins them (redress.ts). Kept apart from buildData.ts so the redress inputs are
// listed in one place.

/** Reads, validates and joins the redress inputs; every problem is returned, none thrown. */
export function redressStep(
	effects: Pick<BuildEffects, 'read'>,
	context: {
		files: TableFiles;
		lgscoStats: LgscoCouncilStatsRow[];
		councils: readonly Council[];
		formerCouncils: readonly FormerCouncil[];
		sources: readonly SourceRow[];
	},
): { data: RedressData; problems: Problem[]; reports: FileReport[] } {
	const problems: Problem[] = [];
	const reports: FileReport[] = [];
	const read = <T>(file: string, parse: (text: string, file: string) => Parsed<T>, report = true) => {
		const parsed = parse(effects.read(file), file);
		problems.push(...parsed.problems);
		if (report) reports.push({ file, read: parsed.rows.length, used: parsed.rows.length, setAside: {} });
		return parsed.rows;
	};
	const files = context.files;
	const compiledStats = read(files.lgscoCompiledStats, parseLgscoCompiledStats);
	const transcribedStats = read(files.lgscoTranscribedStats, parseLgscoCompiledStats);
	const derbyDecisions = read(files.lgscoDecisions, parseLgscoDecisions, false);
	const moreDecisions = read(files.lgscoDecisionsMore, parseLgscoDecisions);
	const lgscoNational = read(files.lgscoNational, parseLgscoNationalFigures);
	const tribunal = read(files.tribunalNational, parseTribunalNationalOutcomes);
	const lgscoCouncils = read(REFERENCE.lgscoCouncils, parseLgscoCouncils, false);
	const quotingSources = read(REFERENCE.lgscoQuotingSources, parseQuotingSources, false);
	const decisionThemes = read(REFERENCE.lgscoDecisionThemes, parseDecisionThemes, false);
	const themes = read(REFERENCE.lgscoThemes, parseThemes, false);
	// The general "Your council's performance" page is the address of the compiled statistics'
	// source (data/reference/sources.csv), so it is written once, in data.
	const performanceIndex = context.sources.find((s) => s.id === 'lgsco-council-statistics-more')?.url ?? '';
	if (!performanceIndex)
		problems.push({
			file: REFERENCE.sources,
			line: 0,
			column: 0,
			message:
				'lgsco-council-statistics-more: a source row with the Ombudsman\'s "Your council\'s performance" address is required',
		});
	const joined = redress({
		performanceIndex,
		derbyshireStats: { file: files.lgscoCouncilStats, sourceId: 'lgsco-council-statistics', rows: context.lgscoStats },
		compiledStats: [
			{ file: files.lgscoCompiledStats, sourceId: 'lgsco-council-statistics-more', rows: compiledStats },
			{ file: files.lgscoTranscribedStats, sourceId: 'lgsco-council-statistics-transcribed', rows: transcribedStats },
		],
		decisions: [
			{ file: files.lgscoDecisions, sourceId: 'lgsco-decisions-sample', rows: derbyDecisions },
			{ file: files.lgscoDecisionsMore, sourceId: 'lgsco-decisions-sample-more', rows: moreDecisions },
		],
		lgscoCouncils: { file: REFERENCE.lgscoCouncils, rows: lgscoCouncils },
		quotingSources: { file: REFERENCE.lgscoQuotingSources, rows: quotingSources },
		decisionThemes: { file: REFERENCE.lgscoDecisionThemes, rows: decisionThemes },
		themes: { file: REFERENCE.lgscoThemes, rows: themes },
		tribunal,
		lgscoNational,
		councils: context.councils,
		formerCouncils: context.formerCouncils,
	});
	problems.push(...joined.problems);
	return { data: joined.data, problems, reports };
}
