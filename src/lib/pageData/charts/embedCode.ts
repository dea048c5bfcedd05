/** The iframe code a reader pastes to embed a chart: its embed page, titled, full width. */
export function embedCode(src: string, title: string, height: number): string {
	const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
	return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}"></iframe>`;
}
