import type { Council } from '../model/council';
import type { OnsCodeChange } from '../sources/onsCodeChanges';

/**
 * A lookup from any ONS code a council has had (its code in DfE's files, or its current ONS code
 * from data/reference/ons-code-changes.csv) to the council, so ONS-coded files join DfE-coded ones.
 */
export function councilByOnsCode(councils: readonly Council[], changes: readonly OnsCodeChange[]) {
	const byCode = new Map(councils.map((c) => [c.onsCode, c]));
	for (const change of changes) {
		const council = byCode.get(change.dfeFileCode) ?? byCode.get(change.onsCode);
		if (!council) continue;
		byCode.set(change.onsCode, council);
		byCode.set(change.dfeFileCode, council);
	}
	return (code: string): Council | undefined => byCode.get(code);
}
