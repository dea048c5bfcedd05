/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
	const tens = n % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n.toLocaleString('en-GB')}${suffix}`;
}

// What rank 1 means for each measure, in the words a reader uses: the site ranks highest value
// first (data/derived/ranks.csv), so for a share within 20 weeks rank 1 is the fastest.
const WORDS: Record<string, string> = {
	timeliness_20wk_excl: 'fastest',
	timeliness_20wk_incl: 'fastest',
	timeliness_20_52wk_incl: 'highest share taking 20 to 52 weeks',
	timeliness_over_52wk_incl: 'highest share taking over a year',
	plans_issued: 'most new plans',
	requests: 'most requests',
	refusals: 'most refusals',
	refusal_rate: 'highest refusal rate',
	plans_in_place: 'most plans',
	appeals_registered: 'most appeals',
	appeal_rate_old: 'highest appeal rate (original method)',
	appeal_rate_new: 'highest appeal rate',
};

/**
 * A rank that says which end is which: "19th fastest of 150", "3rd highest refusal rate of 152".
 * @example rankWords('refusal_rate', 3, 152) // "3rd highest refusal rate of 152"
 */
export function rankWords(measure: string, rank: number, of: number, fallbackLabel = 'highest'): string {
	return `${ordinal(rank)} ${WORDS[measure] ?? `highest ${fallbackLabel.toLowerCase()}`} of ${of.toLocaleString('en-GB')}`;
}
