/** The header of a finished 2024 report of a county bureau, for tests of what the checks make of its parts. */
export const COUNTY_2024_HEADER = {
  year: 2024,
  title: '某县教育局关于2024年度法治政府建设情况的报告',
  addressee: '县委、县政府',
  signature: '某县教育局',
  issuedOn: '2025-01-07',
};
