import { z } from 'zod';
import { FIGURE_STATUSES } from '../model/figure';
import type { Observation } from '../model/observation';
import type { Council } from '../model/council';
import type { RankOutput } from '../metrics/rankAmongCouncils';
import type { Doubt } from '../quality/doubtfulFigures';
import { PERIOD_KINDS, type PeriodKind } from '../model/period';

// The rows of data/derived/*.csv: derivedFiles writes the columns in the order of these shapes, and
// src/lib/data.ts reads every row back through them, so a hand-edited or stale derived file fails
// the build with its line and column instead of reaching a page as NaN or an unknown status.

const text = z.string();
const required = z.string().min(1, 'must not be empty');
const count = z.string().regex(/^\d+$/, 'expected a whole number').transform(Number);
const optionalCount = z.union([z.literal('').transform(() => null), count]);
const decimal = z
	.string()
	.regex(/^-?\d+(\.\d+)?$/, 'expected a number')
	.transform(Number);

export const DerivedObservationRow = z
	.object({
		measure: required,
		area_type: z.enum(['england', 'region', 'council']),
		area_code: required,
		period_type: z.enum(PERIOD_KINDS as [PeriodKind, ...PeriodKind[]]),
		period: required,
		value: z.union([z.literal(''), decimal]),
		status: z.enum(FIGURE_STATUSES),
		numerator: optionalCount,
		denominator: optionalCount,
		break_in_series: z.enum(['', 'yes']),
		source_id: required,
		file: required,
		line: count,
		calculation: text,
		note: text,
	})
	.superRefine((r, ctx) => {
		if ((r.status === 'published') !== (r.value !== ''))
			ctx.addIssue({ code: 'custom', path: ['value'], message: 'a published figure needs a value, and only it' });
	})
	.transform((r): Observation => {
		const o: Observation = {
			measure: r.measure,
			areaType: r.area_type,
			areaCode: r.area_code,
			periodKind: r.period_type,
			period: r.period,
			figure:
				r.status === 'published' && r.value !== ''
					? { status: 'published', value: r.value }
					: { status: r.status === 'published' ? 'unavailable' : r.status, value: null },
			numerator: r.numerator,
			denominator: r.denominator,
			sourceId: r.source_id,
			file: r.file,
			line: r.line,
		};
		if (r.calculation) o.calculation = r.calculation;
		if (r.note) o.note = r.note;
		if (r.break_in_series === 'yes') o.breakInSeries = true;
		return o;
	});

export const DerivedCouncilRow = z
	.object({
		ons_code: z.string().regex(/^E(06|08|09|10)\d{6}$/, 'expected an ONS council code'),
		dfe_code: z.string().regex(/^\d{3}$/, 'expected a three-digit DfE code'),
		name: required,
		slug: z.string().regex(/^[a-z0-9-]+$/, 'expected a URL slug'),
		type: z.enum(['County council', 'Unitary authority', 'Metropolitan borough', 'London borough']),
		region_code: z.string().regex(/^E12\d{6}$/, 'expected a region code'),
		region_name: required,
	})
	.transform((r): Council => ({
		onsCode: r.ons_code,
		dfeCode: r.dfe_code,
		name: r.name,
		slug: r.slug,
		type: r.type,
		regionCode: r.region_code,
		regionName: r.region_name,
	}));

export const DerivedRankRow = z
	.object({
		measure: required,
		period: required,
		area_code: required,
		value: decimal,
		rank: count,
		of: count,
		quartile: z.enum(['1', '2', '3', '4']).transform((q) => Number(q) as RankOutput['quartile']),
	})
	.transform((r): RankOutput => ({
		measure: r.measure,
		period: r.period,
		areaCode: r.area_code,
		value: r.value,
		rank: r.rank,
		of: r.of,
		quartile: r.quartile,
	}));

export const DerivedDoubtRow = z
	.object({ measure: required, area_code: required, period: required, rule: required, detail: required })
	.transform((r): Doubt => ({
		measure: r.measure,
		areaCode: r.area_code,
		period: r.period,
		rule: r.rule,
		detail: r.detail,
	}));

/** The column order of each derived CSV, as written and as read. */
export const DERIVED_COLUMNS = {
	observations: Object.keys(DerivedObservationRow.innerType().innerType().shape),
	councils: Object.keys(DerivedCouncilRow.innerType().shape),
	ranks: Object.keys(DerivedRankRow.innerType().shape),
	doubtful: Object.keys(DerivedDoubtRow.innerType().shape),
};
