// Layouts run at build time with no DOM, so text cannot be measured. These widths, as a share of
// the font size, are averages for the widest common sans-serif, DejaVu Sans (Linux's default;
// measured in Chromium: "Finalised within 20 weeks" at 14px is 178.7 wide, 204.1 in bold), so
// labels placed with them do not collide in Arial, Helvetica, Segoe UI or Roboto either.
const DIGIT = 0.64;
const NARROW = 0.3; // i, l, ., ,, :, ', space
const WIDE = 0.9; // M, W, m, w, %
const OTHER = 0.6;
const BOLD = 1.15;

/** Estimated width of a line of text in the same units as `fontSize`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
	let em = 0;
	for (const ch of text) {
		if (/[0-9]/.test(ch)) em += DIGIT;
		else if (/[il.,:;'|! ()[\]]/.test(ch)) em += NARROW;
		else if (/[MWmw%@]/.test(ch)) em += WIDE;
		else em += OTHER;
	}
	return em * fontSize * (bold ? BOLD : 1);
}

/**
 * Splits text into lines no wider than `maxWidth`, breaking at spaces; a single word wider than
 * the limit keeps its own line rather than being cut.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, bold = false): string[] {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, fontSize, bold) > maxWidth) {
			lines.push(line);
			line = word;
		} else {
			line = next;
		}
	}
	if (line) lines.push(line);
	return lines;
}
