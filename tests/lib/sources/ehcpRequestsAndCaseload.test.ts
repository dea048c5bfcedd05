import { describe, expect, it } from 'vitest';
import { parseEhcpRequests } from '~/lib/sources/ehcpRequests';
import { parseEhcpCaseload, caseloadCensus } from '~/lib/sources/ehcpCaseload';
import { readRepoFile, sourceFile } from '../../helpers/rawFile';

const caseload2025 = sourceFile('dfe-ehcp-2025-caseload');
const requests2025 = sourceFile('dfe-ehcp-2025-requests');
const requests2026 = sourceFile('dfe-ehcp-2026-requests');

describe('parseEhcpRequests(text, file)', () => {
	const parsed = parseEhcpRequests(readRepoFile(requests2025), requests2025);
	it('England 2019: 82,329 requests, 18,755 refused', () => {
		const england = parsed.rows.find((r) => r.areaType === 'england' && r.year === 2019);
		expect(england?.values['requests_received_in_year']).toEqual({ status: 'published', value: 82329 });
		expect(england?.values['requests_decided_not_to_assess']).toEqual({ status: 'published', value: 18755 });
	});
	it('Derbyshire 2025 (2026 extract): 2,682 requests, 1,352 not assessed', () => {
		const extract = parseEhcpRequests(readRepoFile(requests2026), requests2026);
		const d = extract.rows.find((r) => r.name === 'Derbyshire' && r.year === 2025);
		expect(d?.values['requests_received_in_year']).toEqual({ status: 'published', value: 2682 });
		expect(d?.values['requests_decided_not_to_assess']).toEqual({ status: 'published', value: 1352 });
	});
});

describe('parseEhcpCaseload(text, file)', () => {
	const parsed = parseEhcpCaseload(readRepoFile(caseload2025), caseload2025);
	it('England had 638,745 EHC plans in January 2025 (academic-year code 202425)', () => {
		const england = parsed.rows.find((r) => r.areaType === 'england' && r.year === 2024);
		expect(england?.values['ehcplans']).toEqual({ status: 'published', value: 638745 });
		expect(england && caseloadCensus(england)).toEqual({ kind: 'january', year: 2025 });
	});
	it('reads 153 councils at the latest census', () => {
		expect(
			new Set(parsed.rows.filter((r) => r.areaType === 'council' && r.year === 2024).map((r) => r.dfeCode)).size,
		).toBe(153);
	});
});
