/**
 * A stable id for a chart's SVG elements (aria-labelledby, pattern ids), derived from its text
 * alternative with FNV-1a so builds are reproducible and no counter or randomness is needed.
 * @example chartId('Derby: share of plans within 20 weeks…') // "chart-5d1c2a9e"
 */
export function chartId(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i += 1) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return `chart-${hash.toString(16).padStart(8, '0')}`;
}
