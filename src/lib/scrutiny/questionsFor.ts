import type { Council } from '../model/council';
import type { ScrutinyData } from './scrutinyData';
import type { ClaimEntry } from './claimCard';
import { QUESTION_RULES, type Question, type QuestionRule } from './questionRules';

// The Ombudsman's generic questions for councillors, the same for every council (brief, "What
// councillors already have"). Address confirmed from a stored copy of the page, titled "Scrutiny
// questions: Suggested questions to help councillors scrutinise their local services".
export const LGSCO_SCRUTINY_QUESTIONS = {
	url: 'https://www.lgo.org.uk/information-centre/reports/scrutiny-questions',
	label: "The Local Government and Social Care Ombudsman's suggested scrutiny questions",
	note: 'The same for every council: for example, whether the council has the resources and systems to meet statutory timescales for assessments and annual reviews, and whether it checks that the provision in a plan is delivered.',
} as const;

/** The questions for one council, and the link to the Ombudsman's generic list. */
export interface CouncilQuestions {
	council: Council;
	questions: Question[];
	lgsco: typeof LGSCO_SCRUTINY_QUESTIONS;
}

/** Runs every rule for a council; the questions come in rule order, each citing its figures. */
export function questionsFor(
	council: Council,
	data: ScrutinyData,
	claims: readonly ClaimEntry[] = [],
	rules: readonly QuestionRule[] = QUESTION_RULES,
): CouncilQuestions {
	const questions = rules.flatMap((rule) => {
		const question = rule.ask({ council, data, claims });
		return question ? [question] : [];
	});
	return { council, questions, lgsco: LGSCO_SCRUTINY_QUESTIONS };
}
