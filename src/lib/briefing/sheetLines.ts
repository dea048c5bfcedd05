import type { Council } from '../model/council';
import type { Inspection } from '../pipeline/inspections';
import type { CouncilRedress } from '../pageData/redress/councilRedress';
import { formatIsoDate } from '../format/formatIsoDate';

/** A line of the sheet and the source it cites (null when the line says the site holds nothing). */
export interface SheetLine {
	text: string;
	sourceId: string | null;
}

/** The Ombudsman's line and the pages it cites (the Ombudsman's page for the council, or a report quoting it). */
export interface OmbudsmanLine {
	text: string;
	sources: { title: string; url: string }[];
}

/**
 * The Ombudsman in one line, from the council's redress figures: the newest year with an upheld
 * rate, else the decisions the site holds, else that it holds none (said plainly, not as zero),
 * with the Ombudsman's page for the council as the place to look.
 */
export function ombudsmanLine(council: Council, redress: CouncilRedress): OmbudsmanLine {
	const latest = [...redress.years].reverse().find((y) => y.upheldRate.given);
	if (latest) {
		const counts =
			latest.upheld.given && latest.investigated.given ? ` (${latest.upheld.text} of ${latest.investigated.text})` : '';
		const similar = latest.similarRate.given ? `; similar councils ${latest.similarRate.text}` : '';
		return {
			text: `In ${latest.period} the Local Government and Social Care Ombudsman upheld ${latest.upheldRate.text} of the complaints about ${council.name} it investigated in detail${counts}${similar}. These cover all the council's services, not SEND alone.`,
			sources: latest.sources.map((s) => ({ title: s.words, url: s.url })),
		};
	}
	const link = { title: redress.performanceLink.words, url: redress.performanceLink.url };
	if (redress.decisions.length > 0) {
		const newest = redress.decisions[0]!;
		return {
			text: `The site holds no yearly Ombudsman figures for ${council.name}, and ${redress.decisions.length} of its decisions about the council's SEND services; the newest, ${newest.date}: ${newest.outcome.toLowerCase()}.`,
			sources: [link],
		};
	}
	return {
		text: `The site holds no Ombudsman figures for ${council.name} yet; the Ombudsman publishes them.`,
		sources: [link],
	};
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
