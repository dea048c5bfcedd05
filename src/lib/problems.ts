/**
 * A problem found in an input file, located so a person can open the file and fix it.
 * Lines and columns are 1-based, as editors count them; column 0 means "the whole line".
 */
export interface Problem {
	file: string;
	line: number;
	column: number;
	message: string;
}

/**
 * Formats a problem as `file:line:column: message`, the form editors and CI logs link, or as
 * `file:line: message` when it concerns the whole line (column 0).
 */
export function formatProblem(problem: Problem): string {
	const at = problem.column === 0 ? `${problem.line}` : `${problem.line}:${problem.column}`;
	return `${problem.file}:${at}: ${problem.message}`;
}

/** Quotes a raw cell for a message, so empty and whitespace-only cells stay visible. */
export function got(raw: string | undefined): string {
	return raw === undefined ? '(cell missing)' : `(got ${JSON.stringify(raw)})`;
}

/** Thrown when input fails validation; carries every problem, not just the first. */
export class DataProblemsError extends Error {
	readonly problems: readonly Problem[];
	constructor(problems: readonly Problem[]) {
		const lines = problems.map(formatProblem);
		super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the input data:\n${lines.join('\n')}`);
		this.name = 'DataProblemsError';
		this.problems = problems;
	}
}

/** The result of reading a file: the rows that passed and every problem found in the rest. */
export interface Parsed<Row> {
	rows: Row[];
	problems: Problem[];
}

/** Throws a DataProblemsError when any problems were collected; returns the rows otherwise. */
export function rowsOrThrow<Row>(parsed: Parsed<Row>): Row[] {
	if (parsed.problems.length > 0) throw new DataProblemsError(parsed.problems);
	return parsed.rows;
}
