import { $getRoot, $isParagraphNode, type ElementNode } from 'lexical';
import { $isLeadSentenceNode } from '../nodes/LeadSentenceNode';
import { $isSectionHeadingNode } from '../nodes/SectionHeadingNode';
import type { SubHeadingLevel } from '../../../shared/report/heading-numbers';

export interface HeadingRef {
  /** The heading node: a section heading, or the lead sentence inside its paragraph. */
  key: string;
  /** The top-level block the heading opens (the paragraph, for a lead sentence). */
  blockKey: string;
  level: SubHeadingLevel;
  text: string;
}

/** The part's headings in document order. */
export function $collectHeadings(): HeadingRef[] {
  return $getRoot()
    .getChildren()
    .flatMap((block): HeadingRef[] => {
      if ($isSectionHeadingNode(block)) {
        return [
          { key: block.getKey(), blockKey: block.getKey(), level: block.getLevel(), text: block.getTextContent() },
        ];
      }
      const lead = $isParagraphNode(block) ? (block as ElementNode).getFirstChild() : null;
      if ($isLeadSentenceNode(lead)) {
        return [{ key: lead.getKey(), blockKey: block.getKey(), level: lead.getLevel(), text: lead.getTextContent() }];
      }
      return [];
    });
}
