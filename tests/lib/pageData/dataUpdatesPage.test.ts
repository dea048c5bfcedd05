import { describe, expect, it } from 'vitest';
import { dataUpdatesPage } from '~/lib/pageData/dataUpdatesPage';

// SYNTHETIC sources and updates: made-up publishers and files, laid out as sources.csv rows.
const SOURCES: Record<string, { publisher: string; title: string; release: string }> = {
	'src-timeliness': {
		publisher: 'Department for Education',
		title: 'Synthetic plans: timeliness.csv (plans)',
		release: 'Reporting year 2031 (calendar years 2025-2030)',
	},
	'src-requests': {
		publisher: 'Department for Education',
		title: 'Synthetic plans: requests.csv (requests)',
		release: 'Reporting year 2031 (calendar years 2025-2030)',
	},
	'src-appeals': { publisher: 'Ministry of Justice / HMCTS', title: 'Synthetic appeals', release: '' },
};
const getSource = (id: string) => {
	const s = SOURCES[id];
	if (!s) throw new Error(id);
	return s;
};
const update = (date: string, sources: string[]) => ({
	date,
	summary: 'S.',
	added: '',
	revisions: '',
	corrections: '',
	sources,
});

describe('dataUpdatesPage(updates, getSource, sourcesHref)', () => {
	const entries = dataUpdatesPage(
		[update('2031-06-05', ['src-timeliness', 'src-requests', 'src-appeals']), update('2031-06-05', ['src-appeals'])],
		getSource,
		'/sources/',
	);

	it('writes the date as readers do and gives entries of the same day their own anchor', () => {
		expect(entries.map((e) => [e.id, e.dateText])).toEqual([
			['update-2031-06-05', '5 June 2031'],
			['update-2031-06-05-2', '5 June 2031'],
		]);
	});

	it('cites two files of one release once, linked to the first, then the other publisher', () => {
		expect(entries[0]?.sources).toEqual([
			{ label: 'DfE, Synthetic plans, reporting year 2031', href: '/sources/#src-timeliness' },
			{ label: 'MoJ/HMCTS, Synthetic appeals', href: '/sources/#src-appeals' },
		]);
	});
});
