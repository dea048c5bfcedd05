import { z } from 'zod';
import { requiredText } from '../csv/cells';
import { readValidatedTable } from '../csv/readValidatedTable';
import { duplicates } from './referenceTables';
import type { Parsed } from '../problems';

// data/raw/ons-lad-ctyua-2025/lad_to_county_and_unitary_april_2025.csv: ONS's lookup from every
// UK local authority district (lower tier: district, borough and city councils) to the county or
// unitary council above it (the council responsible for SEND in England). Rows are not sorted;
// names with commas are quoted; Welsh name columns are blank for English areas (.source.txt).

/** One district and the upper-tier council it sits in, as ONS codes them in April 2025. */
export interface DistrictLookupRow {
	line: number;
	districtCode: string;
	districtName: string;
	upperTierCode: string;
	upperTierName: string;
}

// Any UK GSS code (E, W, S, N): the file covers the UK; England is chosen downstream.
const gssCode = () =>
	z
		.string()
		.trim()
		.regex(/^[EWSN]\d{8}$/, { message: 'expected a GSS code such as E07000034' });

/** The columns of the lookup, read from string cells. */
export const DistrictLookupCellsSchema = z.object({
	LAD25CD: gssCode(),
	LAD25NM: requiredText(),
	LAD25NMW: z.string(),
	CTYUA25CD: gssCode(),
	CTYUA25NM: requiredText(),
	CTYUA25NMW: z.string(),
	ObjectId: z.string().regex(/^\d+$/, { message: 'expected a whole number' }),
});

/** Parses the ONS district-to-county-and-unitary lookup; each district appears once. */
export function parseOnsDistrictLookup(text: string, file: string): Parsed<DistrictLookupRow> {
	const { rows, problems, lacksColumns } = readValidatedTable(text, file, DistrictLookupCellsSchema);
	if (lacksColumns) return { rows: [], problems };
	return {
		rows: rows.map(({ line, row }) => ({
			line,
			districtCode: row.LAD25CD,
			districtName: row.LAD25NM,
			upperTierCode: row.CTYUA25CD,
			upperTierName: row.CTYUA25NM,
		})),
		problems: [
			...problems,
			...duplicates(
				file,
				rows.map((r) => ({ line: r.line, key: r.row.LAD25CD })),
				1,
			),
		],
	};
}
