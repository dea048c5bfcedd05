import type { GlancePart } from './atAGlance';

/** A word or phrase with an entry in the Glossary. */
export interface GlossaryTerm {
	/** The Glossary entry's id (its heading, as Astro makes ids from Markdown headings). */
	anchor: string;
	pattern: RegExp;
}

// The terms a council page uses, each matched as readers meet it in running text. The anchors
// are the ids of the headings in src/pages/glossary.md.
export const GLOSSARY_TERMS: GlossaryTerm[] = [
	{ anchor: 'ehc-plan', pattern: /\bEHC plans?\b/ },
	{ anchor: 'ehc-needs-assessment', pattern: /\bEHC needs assessments?\b/ },
	{ anchor: 'statistical-neighbours', pattern: /\bstatistical neighbours\b/ },
	{ anchor: 'send-tribunal', pattern: /\bSEND Tribunal\b/ },
	{ anchor: 'appealable-decision', pattern: /\bdecisions families could appeal\b/ },
	{ anchor: 'refusal', pattern: /\brefused\b/ },
	{ anchor: 'statutory-time-limit', pattern: /\b20-week legal limit\b/ },
];

export type LinkedPart = GlancePart | { kind: 'term'; text: string; anchor: string };

/**
 * Splits text parts so each glossary term's first use on the page becomes a link. `linked`
 * holds the anchors already linked higher on the page and is updated, so a term links once.
 */
export function glossaryLinks(parts: readonly GlancePart[], linked: Set<string>): LinkedPart[] {
	let out: LinkedPart[] = [...parts];
	for (const term of GLOSSARY_TERMS) {
		if (linked.has(term.anchor)) continue;
		const next: LinkedPart[] = [];
		for (const part of out) {
			const m = part.kind === 'text' && !linked.has(term.anchor) ? term.pattern.exec(part.text) : null;
			if (!m || part.kind !== 'text') {
				next.push(part);
				continue;
			}
			const before = part.text.slice(0, m.index);
			const after = part.text.slice(m.index + m[0].length);
			if (before) next.push({ kind: 'text', text: before });
			next.push({ kind: 'term', text: m[0], anchor: term.anchor });
			if (after) next.push({ kind: 'text', text: after });
			linked.add(term.anchor);
		}
		out = next;
	}
	return out;
}
