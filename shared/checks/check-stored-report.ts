import { findOutline, CURRENT_OUTLINE } from '../outline/outlines';
import type { PartKey } from '../outline/part-key';
import { partBlocks, type Block } from '../report/part-content';
import type { Report } from '../report/report';
import type { DocParagraph } from './check-document';
import { documentFromReport, type CheckContext } from './document-from-report';
import { runChecks, type CheckResult } from './run-checks';

/** A stored block as the editor's outline publishes it: the line as it reads, numbers included. */
function paragraphOf(block: Block): DocParagraph {
  if (block.kind === 'table') return { text: block.rows.map((row) => row.join('\t')).join('\n'), heading: false };
  const mark = block.carriedOver ? { carriedOver: true } : {};
  if (block.kind === 'heading') return { text: `${block.number}${block.text}`, heading: true, ...mark };
  return { text: block.lead ? `${block.lead.number}${block.lead.text}${block.text}` : block.text, heading: false, ...mark };
}

/**
 * The checks over a report as saved, away from the editor: what the export gate, the command line
 * and the dashboard count. The same findings the editor shows once its autosave has run.
 */
export function checkStoredReport(report: Report, context?: Omit<CheckContext, 'outline'>): CheckResult {
  const blocks = Object.fromEntries(report.parts.map((part) => [part.key, partBlocks(part.contentJson).map(paragraphOf)])) as Record<PartKey, DocParagraph[]>;
  const outline = findOutline(report.outlineVersion) ?? CURRENT_OUTLINE;
  return runChecks(documentFromReport(report, blocks, context && { outline, ...context }));
}
