import { getSeries, getSource } from '../data';
import { sourceLabel } from '../format/sourceLabel';
import type { CardData } from '../social/councilCard';

/** What every card draws from: the validated data layer and the site's name. */
export const cardData: CardData = {
	series: getSeries,
	sourceLabel: (id) => sourceLabel(getSource(id)),
	measureWords: 'of new EHC plans issued within 20 weeks',
	siteName: 'SEND scrutiny',
};
