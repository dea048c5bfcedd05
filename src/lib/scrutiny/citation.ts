import type { Observation } from '../model/observation';
import type { Source } from '../data';
import type { SeedFigure } from '../model/seedFigure';
import { sourceLabel } from '../format/sourceLabel';
import { fileLine } from '../format/fileLine';

/** Where a figure comes from, ready to print: a short label, a link when there is one, and the line. */
export interface Citation {
	sourceId: string;
	/** The source row itself, so a component can cite it without a lookup. */
	source: Source;
	label: string;
	url: string | null;
	/** File and line, or the line of a document, e.g. "sen2_mi.csv, line 754". */
	where: string | null;
	/** For a figure we calculated: how, in words, naming the inputs. */
	calculation: string | null;
}

/** The citation for an observation: its source and the file and line it was read from. */
export function citeObservation(o: Observation, source: Source): Citation {
	return {
		sourceId: o.sourceId,
		source,
		label: sourceLabel(source),
		url: source.url || null,
		where: o.file ? fileLine(o.file, o.line) : null,
		calculation: o.calculation ?? null,
	};
}

/** The citation for words in a document: the document and the line they start on. */
export function citeDocumentLine(source: Source, line: number): Citation {
	return {
		sourceId: source.id,
		source,
		label: sourceLabel(source),
		url: source.url || null,
		where: fileLine(source.file, line),
		calculation: null,
	};
}

/** The citation for a figure transcribed from a document: the document and the line the quote starts on. */
export const citeSeedFigure = (seed: SeedFigure, source: Source): Citation => citeDocumentLine(source, seed.quoteLine);

/** The citation for a row of a compiled file that carries its own address (an LGSCO page). */
export function citeRow(source: Source, url: string | null, where: string | null): Citation {
	return {
		sourceId: source.id,
		source,
		label: sourceLabel(source),
		url: url || source.url || null,
		where,
		calculation: null,
	};
}

/** The citations of a list of figures, each source and place once, in first-seen order. */
export function uniqueCitations(citations: readonly Citation[]): Citation[] {
	const seen = new Map<string, Citation>();
	for (const c of citations) {
		const key = `${c.sourceId}|${c.url ?? ''}|${c.where ?? ''}`;
		if (!seen.has(key)) seen.set(key, c);
	}
	return [...seen.values()];
}
