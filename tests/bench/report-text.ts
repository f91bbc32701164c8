import { blocksPlainText, partBlocks } from '../../shared/report/part-content';
import { generatedReport } from '../helpers/generated-report';

/** The body of a report of about `chars` characters as plain text, one paragraph a line. */
export function reportBody(chars: number): string {
  return Object.values(generatedReport(chars))
    .map((json) => blocksPlainText(partBlocks(json)))
    .join('\n\n');
}

/** A whole report of about `chars` characters as a .txt file holds it: title, addressee, body, signature, date. */
export function reportText(chars: number): string {
  return `某县教育局关于2024年度法治政府建设情况的报告\n县委、县政府：\n${reportBody(chars)}\n某县教育局\n2025年1月7日`;
}
