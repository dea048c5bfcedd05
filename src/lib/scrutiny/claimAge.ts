/**
 * How long before a later date a claim was made, in whole months, as words: "5 years and
 * 3 months", "11 months". A claim dated by month or year counts from its first day. Null when
 * either date cannot be read or the claim is not earlier.
 * @example claimAge('2023-10-25', '2026-06-25') // "2 years and 8 months"
 */
export function claimAge(claimDate: string, asOf: string): string | null {
	const parse = (s: string) => {
		const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(s);
		return m ? { y: Number(m[1]), m: Number(m[2] ?? 1), d: Number(m[3] ?? 1) } : null;
	};
	const a = parse(claimDate);
	const b = parse(asOf);
	if (!a || !b) return null;
	let months = (b.y - a.y) * 12 + (b.m - a.m) - (b.d < a.d ? 1 : 0);
	if (months <= 0) return null;
	const years = Math.floor(months / 12);
	months -= years * 12;
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	return [years && plural(years, 'year'), months && plural(months, 'month')].filter(Boolean).join(' and ');
}

/** The newest release date among the sources (YYYY-MM-DD), the "now" a claim's age is counted to. */
export const newestRelease = (sources: readonly { published: string }[]): string =>
	sources
		.map((s) => s.published)
		.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
		.sort()
		.at(-1) ?? '';

/**
 * When a claim was made and how long before the newest figures, as one string so no stray space:
 * "Said on 25 October 2023, 2 years and 8 months before the newest official figures here";
 * "Said in 2024 (…)" for a claim dated only by month or year.
 */
export function claimSaid(c: { dateText: string; date: string; dateNote: string | null }, asOf: string): string {
	const age = claimAge(c.date, asOf);
	const on = /^\d{4}-\d{2}-\d{2}$/.test(c.date) ? 'on' : 'in';
	return `Said ${on} ${c.dateText}${c.dateNote ? ` (${c.dateNote})` : ''}${age ? `, ${age} before the newest official figures here` : ''}`;
}

/**
 * The "now" a claim's age is counted to: the newest dated release, or England's newest January
 * census of plans in place ("2026-01") when that is later, since a release may be held without its
 * day of publication recorded (the 2026 release: "June 2026").
 */
export function claimsAsOf(
	englandPlans: readonly { period: string; figure: { status: string } }[],
	sources: readonly { published: string }[],
): string {
	const census = englandPlans.filter((o) => o.figure.status === 'published').at(-1);
	const release = newestRelease(sources);
	const censusMonth = census ? `${census.period}-01` : '';
	return censusMonth > release ? censusMonth : release;
}
