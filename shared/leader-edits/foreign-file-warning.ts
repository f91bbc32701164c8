import { organizationOf } from '../import/organization-of';
import type { Report } from '../report/report';

/**
 * A warning when the returned file names another organization or another year than the report,
 * by its title and signature as they were before the leader's changes; null when it fits.
 */
export function foreignFileWarning(
  report: Pick<Report, 'organizationName' | 'year' | 'title' | 'signature'>,
  file: { title: string; signature: string },
): string | null {
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const title = squeeze(file.title);
  const year = /(\d{4})\s*年/.exec(title)?.[1];
  const organization = organizationOf(title, squeeze(file.signature));
  const known = [report.organizationName, report.signature, organizationOf(report.title, report.signature)].map(
    squeeze,
  );
  const reasons = [
    ...(year && Number(year) !== report.year ? [`年度是${year}年，本报告是${report.year}年`] : []),
    ...(organization && !known.includes(organization)
      ? [`单位是“${organization}”，本报告是“${report.organizationName}”`]
      : []),
  ];
  if (!reasons.length) return null;
  return `这份修改稿可能不是本报告的：它的${reasons.join('；')}。请确认选对了文件；确实是本报告的修改稿才继续。`;
}
