import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHexJson } from '~/lib/sources/hexJson';
import { parseHexmapChanges } from '~/lib/sources/hexmapChanges';
import { parseOnsCodeChanges } from '~/lib/sources/onsCodeChanges';
import { councilByOnsCode } from '~/lib/places/councilByOnsCode';
import { applyHexmapChanges } from '~/lib/places/applyHexmapChanges';
import type { Council } from '~/lib/model/council';

const read = (f: string) => readFileSync(f, 'utf8');
const HEX = 'data/raw/hexmaps/uk-upper-tier-local-authorities.hexjson';
const CHANGES = 'data/reference/hexmap-changes.csv';
const councils: Council[] = read('data/derived/councils.csv')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => {
		const [onsCode = ''] = line.split(',');
		return {
			onsCode,
			dfeCode: '',
			name: onsCode,
			slug: onsCode,
			type: 'Unitary authority',
			regionCode: '',
			regionName: '',
		};
	});
const councilFor = councilByOnsCode(
	councils,
	parseOnsCodeChanges(read('data/reference/ons-code-changes.csv'), 'x').rows,
);
const hexes = parseHexJson(read(HEX), HEX);
const changes = parseHexmapChanges(read(CHANGES), CHANGES);
const files = { hexmap: HEX, changes: CHANGES };

describe('applyHexmapChanges(hexes, changes, councils, councilFor, files) on the real map', () => {
	const result = applyHexmapChanges(hexes.rows, changes.rows, councils, councilFor, files);
	const at = (code: string) => result.hexes.find((h) => h.councilOnsCode === code);

	it('reads 151 published hexes and 13 changes, and ends with one hex for each of the 153 councils', () => {
		expect(hexes.problems).toEqual([]);
		expect(hexes.rows).toHaveLength(151);
		expect(changes.problems).toEqual([]);
		expect(changes.rows).toHaveLength(13);
		expect(result.problems).toEqual([]);
		expect(result.hexes).toHaveLength(153);
		expect(new Set(result.hexes.map((h) => `${h.q},${h.r}`)).size).toBe(153);
	});

	it('keeps Derby (7, 9) and Derbyshire (8, 9) side by side, as published', () => {
		expect(at('E06000015')).toMatchObject({ q: 7, r: 9 });
		expect(at('E10000007')).toMatchObject({ q: 8, r: 9 });
	});

	it('splits Cumbria and Northamptonshire as the changes say', () => {
		expect(at('E06000064')).toMatchObject({ q: 6, r: 14 });
		expect(at('E06000063')).toMatchObject({ q: 6, r: 15 });
		expect(at('E06000062')).toMatchObject({ q: 6, r: 6 });
		expect(at('E06000061')).toMatchObject({ q: 7, r: 6 });
		expect(at('E10000031')).toMatchObject({ q: 5, r: 6 });
	});

	it('files a recoded council under the code the site uses (Buckinghamshire E10000002)', () => {
		expect(at('E10000002')).toMatchObject({ q: 8, r: 6 });
	});
});

describe('applyHexmapChanges() on wrong changes', () => {
	it('reports a hex added on top of another, a council left without a hex, and a change to a missing code', () => {
		const bad = parseHexmapChanges(
			[
				'action,code,new_code,name,q,r,reason',
				'add,E06000063,,Cumberland,7,9,test: on top of Derby',
				'move,E99999999,,Nowhere,1,1,test: no such hex',
			].join('\n'),
			'c.csv',
		);
		expect(bad.problems).toEqual([]);
		const result = applyHexmapChanges(hexes.rows, bad.rows, councils, councilFor, { hexmap: HEX, changes: 'c.csv' });
		const messages = result.problems.map((p) => p.message);
		expect(messages).toContain('code: E99999999 has no hex to move (got "E99999999")');
		expect(messages.some((m) => m.includes('share the hex at q 7, r 9'))).toBe(true);
		expect(messages.some((m) => m.startsWith('hex E10000006 is not a current council'))).toBe(true);
		expect(messages.some((m) => m.includes('(E06000064) has no hex'))).toBe(true);
	});

	it('rejects a recode without new_code and an add without q and r, by line and column', () => {
		const bad = parseHexmapChanges(
			['action,code,new_code,name,q,r,reason', 'recode,E10000002,,Bucks,,,x', 'add,E06000063,,Cumberland,,,x'].join(
				'\n',
			),
			'c.csv',
		);
		expect(bad.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['2:3', '3:5', '3:6']);
	});
});
