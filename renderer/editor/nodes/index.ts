import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { LeadSentenceNode } from './LeadSentenceNode';
import { SectionHeadingNode } from './SectionHeadingNode';

/** Every node a part may contain besides paragraphs and text; the shared model reads exactly these. */
export const PART_NODES: readonly Klass<LexicalNode>[] = [
  SectionHeadingNode,
  LeadSentenceNode,
  TableNode,
  TableRowNode,
  TableCellNode,
];
