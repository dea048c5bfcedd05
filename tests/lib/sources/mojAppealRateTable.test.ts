import { describe, expect, it } from 'vitest';
import { splitFootnotes } from '~/lib/sources/mojAppealRateTable';

// The reader itself is tested through each release's own file (tribunalAppealRate2014to2024.test.ts,
// tribunalAppealRate2024to2025.test.ts); here, the name handling both files share.
describe('splitFootnotes(text)', () => {
	it('takes the footnote numbers glued to a name off it', () => {
		expect(splitFootnotes('Bournemouth, Christchurch and Poole5')).toEqual({
			name: 'Bournemouth, Christchurch and Poole',
			footnotes: [5],
		});
		// The 2014–2024 file's England row: "England Total4,9".
		expect(splitFootnotes('England Total4,9')).toEqual({ name: 'England Total', footnotes: [4, 9] });
	});

	it('leaves a name without footnotes as it is', () => {
		expect(splitFootnotes('Derby')).toEqual({ name: 'Derby', footnotes: [] });
	});
});
