import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDfeCell, readMojCell } from '~/lib/csv/figure';

describe('readDfeCell(raw, kind)', () => {
	it.each([
		['x', 'unavailable'],
		['z', 'not_applicable'],
		['c', 'suppressed'],
		['low', 'low'],
		['u', 'unreliable'],
	])('keeps DfE "%s" as %s, with no value', (raw, status) => {
		expect(readDfeCell(raw, 'count')).toEqual({ ok: true, figure: { status, value: null } });
	});

	it('reads "11.700000000000" as 11.7', () =>
		expect(readDfeCell('11.700000000000', 'percent')).toEqual({
			ok: true,
			figure: { status: 'published', value: 11.7 },
		}));

	it('never lets a cell that is not a number or a DfE symbol through (property)', () => {
		const symbols = new Set(['x', 'z', 'c', 'low', 'u']);
		fc.assert(
			fc.property(fc.string(), fc.constantFrom('count' as const, 'percent' as const), (raw, kind) => {
				const text = raw.trim();
				const isNumber =
					/^\d+(\.\d+)?$/.test(text) && (kind === 'percent' ? Number(text) <= 100 : Number.isInteger(Number(text)));
				const result = readDfeCell(raw, kind);
				if (isNumber || symbols.has(text.toLowerCase())) return result.ok;
				// Anything else is an error whose message quotes the raw cell.
				return !result.ok && result.message.includes(JSON.stringify(raw));
			}),
			{ numRuns: 2000, seed: 20261123 },
		);
	});

	it('never reads a count over its range: percentages over 100 and negatives are errors (property)', () => {
		fc.assert(
			fc.property(fc.double({ min: 100.01, max: 1e6, noNaN: true }), (v) => !readDfeCell(v.toFixed(2), 'percent').ok),
			{ seed: 1 },
		);
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1e6 }), (v) => !readDfeCell(`-${v}`, 'count').ok),
			{ seed: 2 },
		);
	});
});

describe('readMojCell(raw, kind)', () => {
	it.each([
		[' - ', 'count', { status: 'published', value: 0 }],
		['"1,071"'.slice(1, -1), 'count', { status: 'published', value: 1071 }],
		['4.60%', 'percent', { status: 'published', value: 4.6 }],
		['..', 'count', { status: 'unavailable', value: null }],
		['~', 'count', { status: 'suppressed', value: null }],
	] as const)('reads %j as %j', (raw, kind, figure) => expect(readMojCell(raw, kind)).toEqual({ ok: true, figure }));

	it.each([
		['1,07', 'count'],
		['4.60', 'percent'],
		['112.80%', 'percent'],
	] as const)('rejects %j', (raw, kind) => expect(readMojCell(raw, kind).ok).toBe(false));
});
