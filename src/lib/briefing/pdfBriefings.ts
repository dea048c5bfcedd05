// Whether this build prints every council's one-sheet PDF. scripts/build-site.ts sets the variable
// before Astro renders the pages, once it knows Chromium is there, and afterwards checks that every
// PDF a page links was written; so a page links a PDF only when the build made it. `astro dev`, or
// a build without Chromium, leaves it unset and the pages link none.
export const PDF_ENV = 'SEND_BRIEFING_PDFS';

/** Whether the council pages of this build link their one-sheet PDFs. */
export const pdfBriefingsPrinted = (): boolean => process.env[PDF_ENV] === 'printed';

/** Where a council's one-sheet PDF is published, under the site's base path. */
export const pdfBriefingPath = (slug: string): string => `briefings/${slug}.pdf`;
