// SYNTHETIC observations.csv versions for the data:check tests: made-up measures, areas and
// values, laid out like data/derived/observations.csv. Not data; never read by the site.
const HEADER =
	'measure,area_type,area_code,period_type,period,value,status,numerator,denominator,break_in_series,source_id,file,line,calculation,note';

export const SYNTHETIC_BEFORE = `${HEADER}
m_rate,council,E06000001,calendar,2023,50.0,published,5,10,,src-a,synthetic.csv,2,,
m_rate,council,E06000002,calendar,2023,40.0,published,4,10,,src-a,synthetic.csv,3,,
m_rate,england,E92000001,calendar,2023,45.0,published,9,20,,src-a,synthetic.csv,4,,
m_count,council,E06000001,calendar,2023,12,published,,,,src-a,synthetic.csv,5,,
m_count,council,E06000002,calendar,2023,,suppressed,,,,src-a,synthetic.csv,6,,
m_count,council,E06000003,calendar,2023,7,published,,,,src-a,synthetic.csv,7,,
m_count,council,E06000001,calendar,2024,13,published,,,,src-extract,synthetic-extract.csv,2,,
m_same,england,E92000001,january,2024,100,published,,,,src-a,synthetic.csv,8,,
`;

// What moved, worked out by hand:
// m_rate: Synthetic B 2023 revised 40.0% (4 of 10) → 50.0% (5 of 10); 2024 is a new period with
//   three figures (Synthetic A, Synthetic Region, England); the other 2023 rows are unchanged.
// m_count: Synthetic B 2023 suppressed → 3; Synthetic C 2023 withdrawn; Synthetic A 2024 same
//   value now from src-b; Synthetic B 2024 is new in a period already covered.
// m_same: unchanged except its file line, so it is not reported.
export const SYNTHETIC_AFTER = `${HEADER}
m_rate,council,E06000001,calendar,2023,50.0,published,5,10,,src-a,synthetic.csv,2,,
m_rate,council,E06000002,calendar,2023,50.0,published,5,10,,src-a,synthetic.csv,3,,
m_rate,england,E92000001,calendar,2023,45.0,published,9,20,,src-a,synthetic.csv,4,,
m_rate,council,E06000001,calendar,2024,60.0,published,6,10,,src-b,synthetic-b.csv,2,,
m_rate,region,E12000001,calendar,2024,57.5,published,23,40,,src-b,synthetic-b.csv,3,,
m_rate,england,E92000001,calendar,2024,55.0,published,11,20,,src-b,synthetic-b.csv,4,,
m_count,council,E06000001,calendar,2023,12,published,,,,src-a,synthetic.csv,5,,
m_count,council,E06000002,calendar,2023,3,published,,,,src-a,synthetic.csv,6,,
m_count,council,E06000001,calendar,2024,13,published,,,,src-b,synthetic-b.csv,5,,
m_count,council,E06000002,calendar,2024,9,published,,,,src-b,synthetic-b.csv,6,,
m_same,england,E92000001,january,2024,100,published,,,,src-a,synthetic.csv,9,,
`;
