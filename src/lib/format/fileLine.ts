// Where a figure was read, as a citation prints it in its "how this was read" disclosure and in the
// CSV: the file's own name (not its folder) and the line, e.g. "sen2_mi.csv, line 754". Every
// citation builds this text here, so the words are the same wherever a checker meets them.

/** The file's name without its folders; "document" when the source has no file. */
const fileName = (path: string | null | undefined): string => (path ? (path.split('/').at(-1) ?? path) : 'document');

/** "sen2_mi.csv, line 754". */
export function fileLine(path: string | null | undefined, line: number): string {
	return `${fileName(path)}, line ${line}`;
}

/** Several lines of one file, in order: "outcomes.csv, line 4" or "outcomes.csv, lines 4 and 9". */
export function fileLines(path: string | null | undefined, lines: readonly number[]): string {
	const sorted = [...lines].sort((a, b) => a - b);
	if (sorted.length === 1) return fileLine(path, sorted[0]!);
	return `${fileName(path)}, lines ${sorted.join(' and ')}`;
}

/** The span of lines a run of quotes covers: "scorecard.txt, lines 12 to 40". */
export function fileLineSpan(path: string | null | undefined, lines: readonly number[]): string {
	const first = Math.min(...lines);
	const last = Math.max(...lines);
	return first === last ? fileLine(path, first) : `${fileName(path)}, lines ${first} to ${last}`;
}
