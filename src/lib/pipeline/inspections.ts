import type { Council, FormerCouncil } from '../model/council';
import type { Problem } from '../problems';
import { formatIsoDate } from '../format/formatIsoDate';
import type { OfstedOutcome } from '../sources/ofstedAreaSend';
import type { OfstedArea2016Row } from '../sources/ofstedAreaSendTo2022';
import type { OfstedWinter2022to23Row } from '../sources/ofstedAreaSendWinter2022to23';
import type { OfstedNewFrameworkRow } from '../sources/ofstedAreaSendNewFramework';
import type { FileReport } from './fileReport';

/** One area SEND inspection (Ofsted and CQC) of a council's local area, as the site shows it. */
export interface Inspection {
	councilOnsCode: string;
	framework: '2016' | '2023';
	inspectionStart: string | null;
	published: string;
	/** The outcome in the inspectorates' own words for that framework. */
	outcome: string;
	/** For 2016-framework inspections: the revisit and its finding, in words; else null. */
	revisit: string | null;
	link: string | null;
	sourceId: string;
	file: string;
	line: number;
}

// The three outcomes of the 2023 framework, as Ofsted words them in its reports.
const OUTCOME_WORDS: Record<OfstedOutcome, string> = {
	positive: 'Typically positive experiences and outcomes',
	inconsistent: 'Inconsistent experiences and outcomes',
	systemic_failings: 'Widespread and/or systemic failings',
};

interface InspectionFiles {
	to2022: { file: string; sourceId: string; rows: OfstedArea2016Row[] };
	winter: { file: string; sourceId: string; rows: OfstedWinter2022to23Row[] };
	newFramework: { file: string; sourceId: string; rows: OfstedNewFrameworkRow[] };
}

/**
 * Joins the three Ofsted files to councils: the 2016-framework file by ONS code, the Data to
 * Insight file by DfE code, and the winter 2022–23 file (names only) by name. A row for a council
 * abolished since is set aside and counted; any other unmatched row is a problem.
 */
export function inspections(
	files: InspectionFiles,
	councils: readonly Council[],
	former: readonly FormerCouncil[],
): { inspections: Inspection[]; problems: Problem[]; reports: FileReport[] } {
	const byOns = new Map(councils.map((c) => [c.onsCode, c]));
	const byDfe = new Map(councils.map((c) => [c.dfeCode, c]));
	const byName = new Map(councils.map((c) => [c.name.toLowerCase(), c]));
	const formerOns = new Map(former.map((f) => [f.onsCode, f]));
	const problems: Problem[] = [];
	const reports: FileReport[] = [];
	const out: Inspection[] = [];

	const report = (file: string, read: number) => {
		const r: FileReport = { file, read, used: 0, setAside: {} };
		reports.push(r);
		return r;
	};

	const r2016 = report(files.to2022.file, files.to2022.rows.length);
	for (const row of files.to2022.rows) {
		const council = row.onsCode ? byOns.get(row.onsCode) : undefined;
		if (!council) {
			const gone = row.onsCode ? formerOns.get(row.onsCode) : undefined;
			if (gone) {
				const why = `former council ${gone.name}`;
				r2016.setAside[why] = (r2016.setAside[why] ?? 0) + 1;
			} else
				problems.push({
					file: files.to2022.file,
					line: row.line,
					column: 0,
					message: `no council with ONS code ${row.onsCode ?? '(none)'} for "${row.laName}"`,
				});
			continue;
		}
		r2016.used++;
		const revisit =
			row.revisit.status === 'done'
				? `Revisit published ${formatIsoDate(row.revisit.published) ?? row.revisit.published}: sufficient progress on ${row.revisit.weaknessesWithProgress} of ${row.revisit.weaknessesWithProgress + row.revisit.weaknessesWithoutProgress} significant weaknesses`
				: row.revisit.status === 'not_yet'
					? 'Revisit not yet carried out when Ofsted published its list of inspections'
					: null;
		out.push({
			councilOnsCode: council.onsCode,
			framework: '2016',
			inspectionStart: row.inspectionStart,
			published: row.published,
			outcome: row.wsoaRequired
				? `Written statement of action required (${row.significantWeaknesses ?? 'unstated'} significant weaknesses)`
				: 'No written statement of action required',
			revisit,
			link: row.link,
			sourceId: files.to2022.sourceId,
			file: files.to2022.file,
			line: row.line,
		});
	}

	const rNew = report(files.newFramework.file, files.newFramework.rows.length);
	for (const row of files.newFramework.rows) {
		const council = row.dfeCode ? byDfe.get(row.dfeCode) : undefined;
		if (!council) {
			problems.push({
				file: files.newFramework.file,
				line: row.line,
				column: 0,
				message: `no council with DfE code ${row.dfeCode ?? '(none)'} for "${row.laName}"`,
			});
			continue;
		}
		rNew.used++;
		out.push({
			councilOnsCode: council.onsCode,
			framework: '2023',
			inspectionStart: row.inspectionStart,
			published: row.published,
			outcome: row.outcome ? OUTCOME_WORDS[row.outcome] : 'outcome not given in the file',
			revisit: null,
			link: row.link,
			sourceId: files.newFramework.sourceId,
			file: files.newFramework.file,
			line: row.line,
		});
	}

	// The winter file repeats inspections the Data to Insight file lists; a row adds one only
	// when that council has no inspection published on the same date.
	const rWinter = report(files.winter.file, files.winter.rows.length);
	for (const row of files.winter.rows) {
		const council = byName.get(row.laName.toLowerCase());
		if (!council) {
			problems.push({
				file: files.winter.file,
				line: row.line,
				column: 0,
				message: `no council named "${row.laName}"`,
			});
			continue;
		}
		if (
			out.some((i) => i.councilOnsCode === council.onsCode && i.framework === '2023' && i.published === row.published)
		) {
			const why = 'same inspection as in the Data to Insight file';
			rWinter.setAside[why] = (rWinter.setAside[why] ?? 0) + 1;
			continue;
		}
		rWinter.used++;
		out.push({
			councilOnsCode: council.onsCode,
			framework: '2023',
			inspectionStart: row.inspectionStart,
			published: row.published,
			outcome: OUTCOME_WORDS[row.outcome],
			revisit: null,
			link: row.link,
			sourceId: files.winter.sourceId,
			file: files.winter.file,
			line: row.line,
		});
	}
	out.sort((a, b) => a.councilOnsCode.localeCompare(b.councilOnsCode) || b.published.localeCompare(a.published));
	return { inspections: out, problems, reports };
}
