/** The text a reader sees in rendered HTML: tags dropped, entities decoded, spaces collapsed. */
export const visibleText = (html: string): string =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.replace(/ ([),.:;])/g, '$1')
		.replace(/\( /g, '(');
