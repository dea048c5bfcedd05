/** An English local authority with education (SEND) responsibilities. */
export interface Council {
	/** DfE three-digit LA code: the join key across DfE and MoJ files (stable when ONS codes change). */
	dfeCode: string;
	/** ONS code as DfE's latest caseload file gives it. */
	onsCode: string;
	name: string;
	/** URL segment, e.g. "derby" for /councils/derby/. */
	slug: string;
	type: CouncilType;
	regionCode: string;
	regionName: string;
}

export type CouncilType = 'County council' | 'Unitary authority' | 'Metropolitan borough' | 'London borough';

// The ONS code's entity prefix says what kind of council it is (ONS Register of Geographic
// Codes): E06 unitary, E08 metropolitan district, E09 London borough, E10 county.
const TYPE_BY_PREFIX: Record<string, CouncilType> = {
	E06: 'Unitary authority',
	E08: 'Metropolitan borough',
	E09: 'London borough',
	E10: 'County council',
};

/** The kind of council an ONS code names, or null for a prefix that is not an education authority. */
export function councilType(onsCode: string): CouncilType | null {
	return TYPE_BY_PREFIX[onsCode.slice(0, 3)] ?? null;
}

/** A URL slug from a DfE LA name: "Bristol, City of" → "bristol", "St. Helens" → "st-helens". */
export function councilSlug(name: string): string {
	return name
		.replace(/,\s*(City|County) of$/i, '')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** A council abolished since 2010 whose rows the site sets aside (data/reference/former-councils.csv). */
export interface FormerCouncil {
	dfeCode: string;
	onsCode: string;
	name: string;
	/** The day it ceased to exist, YYYY-MM-DD. */
	ended: string;
	successors: string;
	note: string;
}
