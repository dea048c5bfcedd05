import type { Observation } from '../model/observation';
import { refusalRate } from '../metrics/refusalRate';
import { cumulativeTransferShare } from '../metrics/cumulativeTransferShare';
import type { RatioFigure } from '../metrics/ratio';

const keyOf = (o: Pick<Observation, 'areaCode' | 'period'>) => `${o.areaCode}|${o.period}`;

function ratioObservation(measure: string, base: Observation, ratio: RatioFigure, calculation: string): Observation {
	return {
		measure,
		areaType: base.areaType,
		areaCode: base.areaCode,
		periodKind: base.periodKind,
		period: base.period,
		figure: ratio.figure,
		numerator: ratio.numerator,
		denominator: ratio.denominator,
		sourceId: base.sourceId,
		file: base.file,
		line: base.line,
		calculation,
	};
}

/** Measures calculated from published ones: the refusal rate and the running share of statements transferred. */
export function deriveMetrics(observations: readonly Observation[]): Observation[] {
	const out: Observation[] = [];
	const of = (measure: string) => observations.filter((o) => o.measure === measure);

	const requests = new Map(of('requests').map((o) => [keyOf(o), o]));
	for (const refusals of of('refusals')) {
		const req = requests.get(keyOf(refusals));
		if (!req) continue;
		out.push(
			ratioObservation(
				'refusal_rate',
				refusals,
				refusalRate(refusals.figure, req.figure),
				`refusals ÷ requests × 100 (${req.file} line ${req.line})`,
			),
		);
	}

	// The conversion deadline was 31 March 2018; the stock to convert is the January 2014 census.
	const statementsJan2014 = new Map(
		of('statements_in_place')
			.filter((o) => o.period === '2014')
			.map((o) => [o.areaCode, o]),
	);
	const transfersByArea = new Map<string, Observation[]>();
	for (const o of of('statements_transferred'))
		transfersByArea.set(o.areaCode, [...(transfersByArea.get(o.areaCode) ?? []), o]);
	for (const [area, transfers] of transfersByArea) {
		const start = statementsJan2014.get(area);
		if (!start) continue;
		const byYear = new Map(transfers.map((t) => [Number(t.period), t]));
		for (const { year, share } of cumulativeTransferShare(
			transfers.map((t) => ({ year: Number(t.period), transferred: t.figure })),
			start.figure,
		)) {
			const base = byYear.get(year);
			if (!base) continue;
			out.push(
				ratioObservation(
					'statements_transferred_cumulative_pct',
					base,
					share,
					`transfers 2014–${year} ÷ statements in place January 2014 × 100 (${start.file} line ${start.line})`,
				),
			);
		}
	}
	return out;
}
