/** The effects the pipeline needs, injected so a test can run it on fixtures in memory. */
export interface BuildEffects {
	read: (path: string) => string;
	log: (line: string) => void;
}
