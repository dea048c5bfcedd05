// Councils whose briefing is printed to PDF at every build and linked from their page: the two
// councils with claims from their own reports in the seed documents (brief.md, "The stories").
export const PDF_BRIEFINGS = ['derby', 'derbyshire'] as const;

/** Whether a council's page links a PDF built with the site. */
export const hasPdfBriefing = (slug: string): boolean => (PDF_BRIEFINGS as readonly string[]).includes(slug);
