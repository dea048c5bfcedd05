/** A CSS string literal, escaped so any council name is safe inside `content: "…"`. */
const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

/**
 * The A4 page rules for a council's briefing: size, margins, and the running header (council,
 * "data as of") and footer ("page X of Y") drawn in @page margin boxes, which Chromium prints
 * both from the browser's Print dialog and to PDF.
 */
export function briefingPageCss(councilName: string, asOf: string): string {
	return `@page {
	size: A4;
	margin: 20mm 15mm 18mm 15mm;
	@top-left { content: ${cssString(`${councilName}: SEND scrutiny briefing`)}; font: 9pt system-ui, sans-serif; color: #505a5f; }
	@top-right { content: ${cssString(`Data as of ${asOf}`)}; font: 9pt system-ui, sans-serif; color: #505a5f; }
	@bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #505a5f; }
	@bottom-left { content: ${cssString('Every figure is from a published source named beside it.')}; font: 8pt system-ui, sans-serif; color: #505a5f; }
}`;
}

/**
 * The A4 page rules for a council's one-sheet: narrower margins than the full briefing so each
 * side holds its half, the council's page address in the footer (paper cannot link) and "side
 * X of Y" in place of page numbers.
 */
export function oneSheetPageCss(councilName: string, pageUrl: string): string {
	return `@page {
	size: A4;
	margin: 12mm 13mm 13mm 13mm;
	@bottom-left { content: ${cssString(`${councilName}: ${pageUrl}`)}; font: 8pt system-ui, sans-serif; color: #505a5f; }
	@bottom-right { content: "Side " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #505a5f; }
}`;
}
