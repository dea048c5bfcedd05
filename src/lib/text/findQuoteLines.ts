// The seeds (council reports, committee papers, news pages) are PDF and web text whose sentences
// break across lines, while a quote is written on one line of a CSV or a claim file. Seed figures
// and claim cards both cite the line a quote starts on, found here.

/**
 * The 1-based lines on which `quote` starts in `text`, comparing with every run of whitespace
 * as one space: the seeds are PDF and web text whose sentences break across lines, and the
 * quote column holds them on one line.
 */
export function findQuoteLines(text: string, quote: string): number[] {
	let flat = '';
	const lineAt: number[] = [];
	let line = 1;
	let inSpace = false;
	for (const ch of text) {
		if (/\s/.test(ch)) {
			if (!inSpace) {
				flat += ' ';
				lineAt.push(line);
			}
			inSpace = true;
		} else {
			flat += ch;
			// One entry per UTF-16 unit, so indexes into `flat` find their line.
			lineAt.push(...Array<number>(ch.length).fill(line));
			inSpace = false;
		}
		if (ch === '\n') line++;
	}
	const needle = quote.trim().replace(/\s+/g, ' ');
	const lines: number[] = [];
	if (needle === '') return lines;
	for (let at = flat.indexOf(needle); at !== -1; at = flat.indexOf(needle, at + 1)) lines.push(lineAt[at] ?? 0);
	return lines;
}
