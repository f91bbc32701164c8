import type { ChecklistEntry } from '../outline/checklist';
import { menuItemState } from '../outline/menu-coverage';
import type { Outline } from '../outline/outline';
import type { PartKey } from '../outline/part-key';
import type { IndicatorValue } from '../report/report-snapshot';
import { formatIssueDate } from '../report/format-issue-date';
import { partNumbers } from '../report/heading-numbers';
import type { Report } from '../report/report';
import type { CheckDocument, DocParagraph } from './check-document';

/** What the app knows beside the text: the year's figures, the menu marks and last year's promises. */
export interface CheckContext {
  outline: Outline;
  indicators: readonly IndicatorValue[];
  checklist: readonly ChecklistEntry[];
  previousPlans: readonly string[];
}

/**
 * The report being written, as the checks see it: the header fields from the report and each
 * part's blocks as its editor last published them. Part headings carry their computed 一、二、.
 */
export function documentFromReport(
  report: Pick<Report, 'year' | 'title' | 'addressee' | 'signature' | 'issuedOn' | 'parts'>,
  blocks: Partial<Record<PartKey, readonly DocParagraph[]>>,
  context?: CheckContext,
): CheckDocument {
  const parts = report.parts.filter(
    (part) => part.key !== 'other' || (blocks.other ?? []).some((block) => block.text.trim()),
  );
  const numbers = partNumbers(parts.map((part) => part.key));
  return {
    beingWritten: true,
    year: report.year,
    title: report.title,
    addressee: report.addressee,
    outside: [],
    parts: parts.map((part, index) => ({
      key: part.key,
      heading: part.key === 'preface' ? '' : `${numbers[index]}${part.heading}`,
      // Every block, empty ones too, so a finding's paragraph is the editor's block at that index.
      paragraphs: [...(blocks[part.key] ?? [])],
    })),
    signature: report.signature,
    date: report.issuedOn ? formatIssueDate(report.issuedOn) : '',
    carriedOver: report.parts.flatMap((part) =>
      (blocks[part.key] ?? []).flatMap((block, paragraph) =>
        block.carriedOver ? [{ part: part.key, paragraph }] : [],
      ),
    ),
    ...(context && {
      indicators: context.indicators,
      previousPlans: context.previousPlans,
      menu: context.outline.parts.flatMap((part) =>
        part.menu.map((item) => ({
          key: item.key,
          label: item.label,
          part: part.key,
          state: menuItemState(
            item,
            context.checklist.find((entry) => entry.itemKey === item.key)?.state,
            blocks[part.key] ?? [],
          ),
        })),
      ),
    }),
  };
}
