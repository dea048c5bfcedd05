import { describe, expect, it } from 'vitest';
import { pipelineWords, visibleText } from './visibleText';

// Hand-written pages: the scan over every built page (tests/e2e/site.test.ts) is only as good as
// these two functions, so each rule is shown failing on text a reader must not see.

const page = (body: string) =>
	`<!doctype html><html lang="en"><head><title>timeliness.csv</title><style>.a::after{content:"line 3"}</style></head><body>${body}</body></html>`;

describe('visibleText(html)', () => {
	it('keeps what a reader sees and drops the head, styles, scripts and "How this figure was read" disclosures', () => {
		const html = page(
			`<p>Derby issued <strong>52.6%</strong> of new plans within 20 weeks.</p>
			<details class="how-read"><summary>How this figure was read</summary><ul><li>Read from timeliness_20_week.csv, line 15.</li></ul></details>
			<script>const file = "data/raw/x.csv";</script>
			<p>Source: DfE &amp; MoJ&nbsp;figures, &#8220;as published&#8221; &#x2014; 2026</p>`,
		);
		expect(visibleText(html)).toBe(
			'Derby issued 52.6% of new plans within 20 weeks.\nSource: DfE & MoJ figures, “as published” — 2026',
		);
	});

	it('keeps other disclosures: only the checker\'s "how-read" class is folded away', () => {
		const text = visibleText(
			page('<details class="fold"><summary>Full table</summary><p>Read from caseload.csv</p></details>'),
		);
		expect(text).toBe('Full table\nRead from caseload.csv');
	});

	it('puts each table cell on its own line, so two cells that read alike are not one doubled phrase', () => {
		const text = visibleText(page('<table><tr><td>no figure</td><td>no figure</td></tr></table>'));
		expect(text).toBe('no figure\nno figure');
		expect(pipelineWords(text)).toEqual([]);
	});
});

describe('pipelineWords(text)', () => {
	it('passes plain reader-facing text', () => {
		expect(
			pipelineWords(
				'Derby was the 31st fastest of 153 councils in calendar year 2025. EHC plans in place, January 2026: 3,734, down 1 since January 2025. Source: DfE, Education, health and care plans, June 2026.',
			),
		).toEqual([]);
	});

	it('fails on each kind of pipeline word, naming it with its context', () => {
		const cases: [string, string][] = [
			['Read from timeliness_20_week.csv for Derby.', 'a file name ending .csv'],
			['“145 assessments have been agreed” (line 104)', '"line N"'],
			['listed in data/reference/former-councils', 'a data/ path'],
			['checked against its sha256', '"sha256"'],
			['Ombudsman page header not seen', '"not seen"'],
			['read from the stored copy of the page', '"stored copy"'],
			['amount not in excerpt', '"excerpt"'],
			['from the 2026 release extract', '"extract"'],
			['worked out by a helper', '"helper"'],
			['31 of 153 (highest = 1)', '"highest = 1"'],
		];
		for (const [text, kind] of cases) {
			const found = pipelineWords(text);
			expect(found, text).toHaveLength(1);
			expect(found[0], text).toMatch(new RegExp(`^${kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: "…`));
			expect(found[0], text).toContain(text.slice(0, 10));
		}
	});

	it('fails on a doubled phrase: a repeated word, a repeated phrase after a comma, a repeated capitalised word', () => {
		expect(pipelineWords('EHC plans in place in January January 2026')).toEqual([
			'a doubled phrase: "…EHC plans in place in January January 2026…"',
		]);
		expect(pipelineWords('Verdict: as stated, as stated (25 October 2022)')).toHaveLength(1);
		// Both doubled-phrase rules see a lower-case doubling; either is enough to fail the page.
		expect(pipelineWords('see the the figure').join()).toContain('a doubled phrase: "…see the the figure…"');
	});

	it('lets a list item begin with the word the one before ended on, across a semicolon', () => {
		// An Ombudsman decision summary (redress page): four findings, not a doubling.
		expect(
			pipelineWords(
				'a later delayed decision; appeal right delayed; delayed funding to school; delayed complaint response',
			),
		).toEqual([]);
		// A comma is still a doubling: "as stated, as stated" was the bug the check was written for.
		expect(pipelineWords('appeal right delayed, delayed funding')).toHaveLength(1);
	});

	it('lets numbers and a place name after a comma repeat', () => {
		expect(pipelineWords('City of London, London')).toEqual([]);
		expect(pipelineWords('19 19 councils had 2025 2025')).toEqual([]);
	});

	it('finds pipeline words in a whole page outside its disclosures, and none inside them', () => {
		const html = page(
			`<p>Derby: 52.6% (line 15)</p><details class="how-read"><summary>How this figure was read</summary><p>Read from sen2.csv, line 15; sha256 checked.</p></details>`,
		);
		expect(pipelineWords(visibleText(html))).toEqual(['"line N": "…Derby: 52.6% (line 15)…"']);
	});
});
