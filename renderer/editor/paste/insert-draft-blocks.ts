import {
  $createTableCellNode,
  $createTableNode,
  $createTableRowNode,
  $isTableCellNode,
  TableCellHeaderStates,
} from '@lexical/table';
import { $findMatchingParent } from '@lexical/utils';
import { $createParagraphNode, $createTextNode, $getSelection, $isRangeSelection, type LexicalNode } from 'lexical';
import type { DraftBlock } from '../../../shared/report/part-content';
import { $createLeadSentenceNode } from '../nodes/LeadSentenceNode';
import { $createSectionHeadingNode } from '../nodes/SectionHeadingNode';
import { subHeadingLevel } from '../../../shared/report/heading-numbers';

/** Our nodes for one draft block. */
export function $createBlockNode(block: DraftBlock): LexicalNode {
  if (block.kind === 'heading')
    return $createSectionHeadingNode(subHeadingLevel(block.level)).append($createTextNode(block.text));
  if (block.kind === 'table') {
    return $createTableNode().append(
      ...block.rows.map((row, index) =>
        $createTableRowNode().append(
          ...row.map((cell) =>
            $createTableCellNode(index === 0 ? TableCellHeaderStates.ROW : TableCellHeaderStates.NO_STATUS).append(
              $createParagraphNode().append($createTextNode(cell)),
            ),
          ),
        ),
      ),
    );
  }
  const paragraph = $createParagraphNode();
  if (block.lead)
    paragraph.append(
      $createLeadSentenceNode(subHeadingLevel(block.lead.level)).append($createTextNode(block.lead.text)),
    );
  if (block.text) paragraph.append($createTextNode(block.text));
  return paragraph;
}

/**
 * Puts pasted blocks at the selection. A single plain line goes in as text, so pasting a phrase
 * mid-sentence does not split the paragraph; inside a table cell everything goes in as text.
 */
export function $insertDraftBlocks(blocks: readonly DraftBlock[]): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || blocks.length === 0) return;
  const [first] = blocks;
  const inCell = $findMatchingParent(selection.anchor.getNode(), $isTableCellNode) !== null;
  if (inCell || (blocks.length === 1 && first?.kind === 'paragraph' && !first.lead)) {
    const lines = blocks.map((block) =>
      block.kind === 'table'
        ? block.rows.map((row) => row.join(' ')).join('\n')
        : block.kind === 'heading'
          ? block.text
          : `${block.lead?.text ?? ''}${block.text}`,
    );
    selection.insertRawText(lines.join('\n'));
    return;
  }
  selection.insertNodes(blocks.map($createBlockNode));
}
