import { findOutline, CURRENT_OUTLINE } from '../outline/outlines';
import type { PartKey } from '../outline/part-key';
import { partBlocks } from '../report/part-content';
import type { Report } from '../report/report';
import type { CheckDocument, DocParagraph } from './check-document';
import { checkParagraph } from './check-paragraph';
import { documentFromReport, type CheckContext } from './document-from-report';
import { runChecks, type CheckResult } from './run-checks';

/** A report as saved, as the checks see it: each part's blocks read as the editor publishes them. */
export function storedCheckDocument(report: Report, context?: Omit<CheckContext, 'outline'>): CheckDocument {
  const blocks = Object.fromEntries(
    report.parts.map((part) => [part.key, partBlocks(part.contentJson).map(checkParagraph)]),
  ) as Record<PartKey, DocParagraph[]>;
  const outline = findOutline(report.outlineVersion) ?? CURRENT_OUTLINE;
  return documentFromReport(report, blocks, context && { outline, ...context });
}

/**
 * The checks over a report as saved, away from the editor: what the export gate, the command line
 * and the dashboard count. The same findings the editor shows once its autosave has run.
 */
export function checkStoredReport(report: Report, context?: Omit<CheckContext, 'outline'>): CheckResult {
  return runChecks(storedCheckDocument(report, context));
}
