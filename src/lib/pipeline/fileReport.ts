/** What the pipeline did with one input file: nothing read is left unaccounted for. */
export interface FileReport {
	file: string;
	read: number;
	used: number;
	setAside: Record<string, number>;
}
