import type { Council } from '../model/council';
import type { District } from '../places/districts';

/** One line of the A–Z: a council, or a district pointing to the council responsible for SEND. */
export interface FindEntry {
	name: string;
	/** The council whose page the entry links to. */
	council: Council;
	/** True for a district, borough or city council inside a county. */
	isDistrict: boolean;
}

/** The entries under one letter, with the id its anchor uses. */
export interface FindLetter {
	letter: string;
	id: string;
	entries: FindEntry[];
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** The letter a name files under: its first letter without accents, upper case. */
export const letterOf = (name: string): string =>
	name
		.normalize('NFKD')
		.replace(/[^A-Za-z]/g, '')
		.charAt(0)
		.toUpperCase();

/**
 * The A–Z of councils and of the districts inside counties, every letter from A to Z (a letter
 * with no entries has an empty list, so the index can show it without a link).
 */
export function findEntries(councils: readonly Council[], districts: readonly District[]): FindLetter[] {
	const byCode = new Map(councils.map((c) => [c.onsCode, c]));
	const entries: FindEntry[] = [
		...councils.map((council) => ({ name: council.name, council, isDistrict: false })),
		...districts.map((d) => {
			const council = byCode.get(d.councilOnsCode);
			if (!council) throw new Error(`district ${d.name} points to unknown council ${d.councilOnsCode}`);
			return { name: d.name, council, isDistrict: true };
		}),
	].sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || Number(a.isDistrict) - Number(b.isDistrict));
	return LETTERS.map((letter) => ({
		letter,
		id: `letter-${letter.toLowerCase()}`,
		entries: entries.filter((e) => letterOf(e.name) === letter),
	}));
}
