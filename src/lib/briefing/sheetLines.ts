import type { Council } from '../councils/council';
import type { Inspection } from '../pipeline/inspections';
import type { OmbudsmanSummary } from '../scrutiny/ombudsmanSummary';
import { formatIsoDate } from '../format/formatIsoDate';

/** A line of the sheet and the source it cites (null when the line says the site holds nothing). */
export interface SheetLine {
	text: string;
	sourceId: string | null;
}

/**
 * The Ombudsman in one line: the newest year of its statistics for the council, else the
 * sampled decisions, else that the site holds nothing for it (said plainly, not as zero).
 */
export function ombudsmanLine(council: Council, summary: OmbudsmanSummary | null): SheetLine {
	const latest = summary?.years.at(-1);
	if (summary && latest) {
		const similar =
			latest.comparison && latest.similarUpheldPct.figure.status === 'published'
				? `, ${latest.comparison} similar councils (${latest.similarUpheldPct.text})`
				: '';
		return {
			text: `In ${latest.period} the Local Government and Social Care Ombudsman upheld ${latest.upheldPct.text} of the complaints about ${council.name} it investigated in detail (${latest.upheld.text} of ${latest.investigated.text}; ${latest.scope})${similar}.`,
			sourceId: latest.citation.sourceId,
		};
	}
	if (summary && summary.decisions.length > 0) {
		const decision = summary.decisions[0]!;
		return {
			text: `The site holds ${summary.decisions.length} sampled Ombudsman decision${summary.decisions.length === 1 ? '' : 's'} about ${council.name} (a sample, not a count); the newest, ${decision.dateText}: ${decision.outcome.toLowerCase()}.`,
			sourceId: decision.citation.sourceId,
		};
	}
	return { text: `The site holds no Ombudsman statistics for ${council.name} yet.`, sourceId: null };
}

const FRAMEWORK_WORDS = { '2016': '2016 framework', '2023': '2023 framework' } as const;

/** The latest area SEND inspection (Ofsted and CQC) in one line, or that none is in the data. */
export function inspectionLine(council: Council, inspections: readonly Inspection[]): SheetLine {
	const latest = [...inspections].sort((a, b) => b.published.localeCompare(a.published))[0];
	if (!latest)
		return { text: `No area SEND inspection of ${council.name} appears in the files this site holds.`, sourceId: null };
	return {
		text: `Area SEND inspection (Ofsted and CQC, ${FRAMEWORK_WORDS[latest.framework]}), published ${formatIsoDate(latest.published) ?? latest.published}: ${latest.outcome}.${latest.revisit ? ` ${latest.revisit}.` : ''}`,
		sourceId: latest.sourceId,
	};
}
