import { findOutline, CURRENT_OUTLINE } from '../outline/outlines';
import type { PartKey } from '../outline/part-key';
import { blockText, partBlocks, type Block } from '../report/part-content';
import type { Report } from '../report/report';
import type { DocParagraph } from './check-document';
import { documentFromReport, type CheckContext } from './document-from-report';
import { runChecks, type CheckResult } from './run-checks';

/**
 * A stored block as the editor's outline publishes it: the words as typed, without the computed
 * numbers (the editor draws those beside the text). So a finding here has the same excerpt, and
 * the same key, as the one the clerk confirmed while writing.
 */
function paragraphOf(block: Block): DocParagraph {
  const mark = block.kind !== 'table' && block.carriedOver ? { carriedOver: true } : {};
  const text =
    block.kind === 'paragraph'
      ? `${block.lead?.text ?? ''}${block.text}`
      : block.kind === 'heading'
        ? block.text
        : blockText(block);
  const numbered = block.kind === 'heading' || (block.kind === 'paragraph' && block.lead !== null);
  return { text, heading: block.kind === 'heading', ...(numbered ? { numbered } : {}), ...mark };
}

/**
 * The checks over a report as saved, away from the editor: what the export gate, the command line
 * and the dashboard count. The same findings the editor shows once its autosave has run.
 */
export function checkStoredReport(report: Report, context?: Omit<CheckContext, 'outline'>): CheckResult {
  const blocks = Object.fromEntries(
    report.parts.map((part) => [part.key, partBlocks(part.contentJson).map(paragraphOf)]),
  ) as Record<PartKey, DocParagraph[]>;
  const outline = findOutline(report.outlineVersion) ?? CURRENT_OUTLINE;
  return runChecks(documentFromReport(report, blocks, context && { outline, ...context }));
}
