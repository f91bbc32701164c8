/**
 * The report year to propose today. A report about year Y is written in January–February of Y+1,
 * so until August the clerk means last year; from September on they are preparing this year's
 * report (gathering figures in the autumn, drafting in December). Every screen that proposes a year
 * (new report, import review, batch review) asks here, so they never disagree.
 */
export function defaultReportYear(today: Date): number {
  const SEPTEMBER = 8;
  return today.getMonth() >= SEPTEMBER ? today.getFullYear() : today.getFullYear() - 1;
}
