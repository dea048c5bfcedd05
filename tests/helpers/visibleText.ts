// The text a reader sees on a built page, without the "How this figure was read" disclosures
// (<details class="how-read">), where file names, lines and calculations belong. Our own
// generated HTML has no nested <details> inside those disclosures, so a non-greedy match is exact.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Visible text of an HTML page outside "How this figure was read" disclosures: one line per block, spaces collapsed. */
export function visibleText(html: string): string {
	return (
		html
			.replace(/<head[\s\S]*?<\/head>/gi, ' ')
			.replace(/<(script|style|template)[\s\S]*?<\/\1>/gi, ' ')
			.replace(/<details class="how-read"[\s\S]*?<\/details>/gi, ' ')
			// Whitespace in the markup renders as one space; only block edges break lines.
			.replace(/\s+/g, ' ')
			// Block edges become line breaks, so two table cells that both read "no figure" are not a doubled phrase.
			.replace(
				/<\/?(br|p|li|tr|td|th|dt|dd|h[1-6]|div|section|figure|figcaption|caption|summary|details|ul|ol|table|text|tspan)\b[^>]*>/gi,
				'\n',
			)
			.replace(/<[^>]+>/g, '')
			.replace(/&(#?\w+);/g, (m, name: string) =>
				name.startsWith('#x')
					? String.fromCodePoint(parseInt(name.slice(2), 16))
					: name.startsWith('#') && name !== '#39'
						? String.fromCodePoint(Number(name.slice(1)))
						: (ENTITIES[name] ?? m),
			)
			.replace(/[ \t\r\f\v\u00a0]+/g, ' ')
			.replace(/ ?\n[\s]*/g, '\n')
			.trim()
	);
}

/** What a reader must never see outside a disclosure (issue 9, item 2), each with its name. */
export const PIPELINE_WORDS: [string, RegExp][] = [
	['a file name ending .csv', /[\w.-]+\.csv\b/i],
	['"line N"', /\bline \d+/i],
	['a data/ path', /\bdata\/\w/],
	['"sha256"', /sha256/i],
	['"not seen"', /\bnot seen\b/i],
	['"stored copy"', /\bstored cop(y|ies)\b/i],
	['"excerpt"', /\bexcerpt/i],
	['"extract"', /\bextract/i],
	['"helper"', /\bhelper/i],
	['"highest = 1"', /highest\s*=\s*1/i],
	// The same word or words twice running ("as stated, as stated"; "January January"). Numbers may
	// repeat; a capitalised name may follow itself after a comma ("City of London, London"). A
	// semicolon ends one item of a list, and the next may begin with the word the last ended on
	// ("appeal right delayed; delayed funding to school"): that is a list, not a doubling.
	['a doubled phrase', /\b([a-z][a-z']*(?: [a-z][a-z']*){0,3})[ ,:]+\1\b/],
	['a doubled phrase', /\b([A-Za-z][a-z']*(?: [A-Za-z][a-z']*){0,3}) \1\b/],
];

/** Each pipeline word found in a text, with a little context either side. */
export function pipelineWords(text: string): string[] {
	const found: string[] = [];
	for (const [name, pattern] of PIPELINE_WORDS) {
		const all = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
		for (const m of text.matchAll(all)) {
			const at = m.index ?? 0;
			const context = text.slice(Math.max(0, at - 40), at + m[0].length + 40).replace(/\n/g, ' ¦ ');
			found.push(`${name}: "…${context}…"`);
		}
	}
	return found;
}
