/** The conventional title; stored without 《》, which belong to citations of the title, not to the title line. */
export function suggestedReportTitle(organizationName: string, year: number): string {
  return `${organizationName.trim()}关于${year}年度法治政府建设情况的报告`;
}

/** Most county departments report to the county Party committee and government. */
export const SUGGESTED_ADDRESSEES = ['县委、县政府', '区委、区政府', '市委、市政府', '县委依法治县办'] as const;
