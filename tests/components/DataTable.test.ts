import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import DataTable from '../../src/components/DataTable.astro';

describe('<DataTable caption columns rows />', () => {
	it('renders a captioned table with column and row headers, keeping status words as words', async () => {
		const container = await AstroContainer.create();
		const html = (
			await container.renderToString(DataTable, {
				props: {
					caption: 'Plans issued within 20 weeks, excluding exceptions',
					columns: ['Year', 'Norfolk', 'Plans issued'],
					rows: [
						['2021', '53.5%', '917'],
						['2022', 'not available', 'not available'],
						['2023', '42.6%', '1,991'],
					],
					id: 'norfolk',
				},
			})
		).replace(/\s+data-astro-cid-\w+(="[^"]*")?/g, '');
		expect(html).toMatch(
			/<caption id="norfolk-caption"[^>]*>Plans issued within 20 weeks, excluding exceptions<\/caption>/,
		);
		expect(html).toMatch(/<section class="data-table" aria-labelledby="norfolk-caption" tabindex="0"/);
		expect(html.match(/<th scope="col"/g)).toHaveLength(3);
		expect(html.match(/<th scope="row"[^>]*>\d{4}<\/th>/g)).toHaveLength(3);
		expect(html.match(/<td class="data-table__status"[^>]*>not available<\/td>/g)).toHaveLength(2);
		// Numbers are the unmarked default (aligned right by the table's style); words carry a class.
		expect(html).toMatch(/<td>1,991<\/td>/);
		expect(html).not.toMatch(/<td class="data-table__words"[^>]*>\d/);
		// Never a blank or a zero where DfE published "x".
		expect(html).not.toMatch(/<td[^>]*>(0|)<\/td>/);
	});
});
