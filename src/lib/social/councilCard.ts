import type { Observation } from '../model/observation';
import type { SocialCardInput } from './socialCard';

/** The one measure a card shows: the share of new plans issued within the 20 weeks the law allows. */
export const CARD_MEASURE = 'timeliness_20wk_excl';
export const ENGLAND_CODE = 'E92000001';

export interface CardData {
	series: (measure: string, areaCode: string) => Observation[];
	sourceLabel: (sourceId: string) => string;
	measureWords: string;
	siteName: string;
}

/** The card's contents for one area; an area with no figure for the measure gets a card that says so. */
export function cardInput(title: string, areaCode: string, data: CardData): SocialCardInput {
	const series = data.series(CARD_MEASURE, areaCode);
	const latest = series.at(-1) ?? null;
	const england =
		latest && areaCode !== ENGLAND_CODE
			? (data.series(CARD_MEASURE, ENGLAND_CODE).find((o) => o.period === latest.period) ?? null)
			: null;
	return {
		title,
		measureWords: data.measureWords,
		latest,
		england,
		series,
		source: latest ? data.sourceLabel(latest.sourceId) : 'Department for Education',
		siteName: data.siteName,
	};
}
