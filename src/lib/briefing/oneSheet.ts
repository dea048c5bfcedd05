import type { Council } from '../model/council';
import type { ChartData, ChartPackage } from '../pageData/charts/chartPackage';
import { chartAsOf } from '../pageData/charts/chartPackage';
import { timelinessChart } from '../pageData/charts/timelinessChart';
import { atAGlance } from '../pageData/atAGlance';
import { formatIsoDate } from '../format/formatIsoDate';
import type { ScrutinyData } from '../scrutiny/scrutinyData';
import type { SiteData } from '../pageData/siteData';
import { questionsFor } from '../scrutiny/questionsFor';
import type { Question } from '../scrutiny/questionRules';
import { claimCard, claimsForCouncil, type ClaimCardModel, type ClaimEntry } from '../scrutiny/claimCard';
import { councilRedress } from '../pageData/redress/councilRedress';
import { sheetFigures, type SheetFigure, type SheetFigureData } from './sheetFigures';
import { inspectionLine, ombudsmanLine, type OmbudsmanLine, type SheetLine } from './sheetLines';
import { sheetSources, type SheetSource } from './sheetSources';

/** Side 2 lists at most this many questions: the first rules are the ones that matter most. */
export const SHEET_QUESTIONS = 5;

/** Everything the sheet reads, injected so the builder stays pure and a test can pass the real data. */
export type OneSheetData = ScrutinyData & ChartData & SheetFigureData & Pick<SiteData, 'inspections' | 'redress'>;

/** A claim as the sheet prints it: the words and the verdict; the reasons and evidence are online. */
export interface SheetClaim {
	quote: string;
	who: string;
	dateText: string;
	verdict: ClaimCardModel['verdict'];
}

/** A question as the sheet prints it: the question and, in one line, the figures behind it. */
export interface SheetQuestion {
	text: string;
	/** "Label, period: value; …" for the first figures that prompted it, then their sources. */
	figures: string;
}

/** Side 2 has room for this many of a question's figures: the council's own and its comparison. */
export const SHEET_QUESTION_FIGURES = 2;

/** The figures behind a question in one line, each source named once after them. */
export function questionFigures(q: Question, limit = SHEET_QUESTION_FIGURES): string {
	const shown = q.figures.slice(0, limit);
	const sources = [...new Set(shown.map((f) => f.citation.label))];
	return `${shown.map((f) => `${f.label}, ${f.period}: ${f.valueText}`).join('; ')} (${sources.join('; ')})`;
}

/** The one-sheet A4 briefing for a council, every part already in words. */
export interface OneSheet {
	council: Council;
	/** The date of the data: the newest publication behind the headline figures. */
	asOf: string;
	/** The council page's full address, on the site's public origin. */
	pageUrl: string;
	/** The full address of the council's claims page, where each verdict's reasons and evidence are. */
	claimsUrl: string;
	glance: string[];
	figures: SheetFigure[];
	chart: ChartPackage | null;
	questions: SheetQuestion[];
	/** How many questions the rules found in all, when more than the sheet prints. */
	questionCount: number;
	claims: SheetClaim[];
	ombudsman: OmbudsmanLine;
	inspection: SheetLine;
	sources: SheetSource[];
}

/** Builds a council's one-sheet briefing: side 1 the figures and trend, side 2 questions, redress and sources. */
export function oneSheet(
	council: Council,
	data: OneSheetData,
	options: { site: URL; claims: readonly ClaimEntry[] },
): OneSheet {
	const figures = sheetFigures(council, data);
	const observations = figures.flatMap((f) => f.observations);
	const asOfRaw = chartAsOf(observations, data);
	const chart = timelinessChart(council, data);
	const all = questionsFor(council, data, options.claims).questions;
	const questions = all.slice(0, SHEET_QUESTIONS);
	const cards = claimsForCouncil(options.claims, council.slug).map((entry) => claimCard(entry, data));
	const ombudsman = ombudsmanLine(council, councilRedress(council, data.redress(), data.councilCount));
	const inspection = inspectionLine(council, data.inspections(council));
	const sources = sheetSources(
		[
			...observations.map((o) => o.sourceId),
			...questions.flatMap((q) => q.figures.slice(0, SHEET_QUESTION_FIGURES).map((f) => f.citation.sourceId)),
			...cards.map((c) => c.quoteCitation.sourceId),
			inspection.sourceId,
		],
		data.source,
		[...(chart?.figure.sources ?? []), ...ombudsman.sources],
	);
	return {
		council,
		asOf: formatIsoDate(asOfRaw) ?? asOfRaw,
		pageUrl: new URL(`councils/${council.slug}/`, options.site).href,
		claimsUrl: new URL(`councils/${council.slug}/claims/`, options.site).href,
		// A figure the data-quality rules doubt is never compared in a sentence (atAGlance).
		glance: atAGlance(council, { ...data, isDoubtful: (o) => o.doubt !== undefined }).map((s) => s.text),
		figures,
		chart,
		questions: questions.map((q) => ({ text: q.text, figures: questionFigures(q) })),
		questionCount: all.length,
		claims: cards.map((c) => ({
			quote: c.quote,
			who: c.who,
			dateText: c.dateText,
			verdict: c.verdict,
		})),
		ombudsman,
		inspection,
		sources,
	};
}
