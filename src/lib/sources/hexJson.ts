import { z } from 'zod';
import type { Parsed, Problem } from '../problems';

// data/raw/hexmaps/uk-upper-tier-local-authorities.hexjson: Open Innovations' hex cartogram of
// English upper-tier councils (HexJSON, https://open-innovations.org/projects/hexmaps/hexjson).
// Layout "odd-r": pointy-topped hexes in rows; r grows northwards and rows with an odd r are
// shifted right by half a hex (hexjson.source.txt). JSON has no lines per hex, so a problem
// names the hex by its key and line 0.

/** One hex: a council's ONS code and its column (q) and row (r). */
export interface Hex {
	code: string;
	name: string;
	q: number;
	r: number;
}

const HexSchema = z.object({
	n: z.string().min(1),
	q: z.number().int(),
	r: z.number().int(),
});

const HexJsonSchema = z.object({
	layout: z.literal('odd-r', { errorMap: () => ({ message: 'expected layout "odd-r"' }) }),
	hexes: z.record(z.string().regex(/^E\d{8}$/, { message: 'expected an ONS code such as E06000015' }), HexSchema),
});

/** Parses a HexJSON file of English councils; every hex must have a name and whole-number q and r. */
export function parseHexJson(text: string, file: string): Parsed<Hex> & { layout: 'odd-r' } {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		return {
			layout: 'odd-r',
			rows: [],
			problems: [{ file, line: 0, column: 0, message: `not valid JSON: ${(error as Error).message}` }],
		};
	}
	const result = HexJsonSchema.safeParse(json);
	if (!result.success) {
		const problems: Problem[] = result.error.issues.map((issue) => ({
			file,
			line: 0,
			column: 0,
			message: `${issue.path.join('.') || '(top level)'}: ${issue.message}`,
		}));
		return { layout: 'odd-r', rows: [], problems };
	}
	const rows = Object.entries(result.data.hexes).map(([code, h]) => ({ code, name: h.n, q: h.q, r: h.r }));
	return { layout: result.data.layout, rows, problems: [] };
}
