import { describe, expect, it } from 'vitest';
import { parseEhcpAssessments } from '~/lib/sources/ehcpAssessments';
import { readRepoFile, sourceFile, withCell } from '../../helpers/rawFile';

const file2026 = sourceFile('dfe-ehcp-2026-assessments');
const file2025 = sourceFile('dfe-ehcp-2025-assessments');

describe('parseEhcpAssessments(text, file)', () => {
	it('reads the 2026 release: England 2025, 118,821 assessments, a plan issued after 111,243 (93.6%)', () => {
		const parsed = parseEhcpAssessments(readRepoFile(file2026), file2026);
		expect(parsed.problems).toEqual([]);
		const england = parsed.rows.find((r) => r.areaType === 'england');
		expect([england?.line, england?.year]).toEqual([2, 2025]);
		expect(england?.values['assess_in_year']).toEqual({ status: 'published', value: 118821 });
		expect(england?.values['assess_issued']).toEqual({ status: 'published', value: 111243 });
		expect(england?.values['assess_issued_pc']).toEqual({ status: 'published', value: 93.6 });
	});

	it('validates every row of the 2025 release, breakdowns included, with no problem', () => {
		const parsed = parseEhcpAssessments(readRepoFile(file2025), file2025);
		expect(parsed.problems).toEqual([]);
		expect(parsed.read).toBe(parsed.rows.length + Object.values(parsed.setAside).reduce((a, b) => a + b, 0));
	});

	it('reports a bad cell at file:line:column', () => {
		// Line 2 is England; column 13 is assess_in_year.
		const text = withCell(readRepoFile(file2026), 2, 12, '11882l');
		expect(parseEhcpAssessments(text, file2026).problems).toEqual([
			{
				file: file2026,
				line: 2,
				column: 13,
				message: 'assess_in_year: expected a whole number or a published symbol (got "11882l")',
			},
		]);
	});
});
