import { $applyNodeReplacement, type LexicalNode } from 'lexical';
import type { SubHeadingLevel } from '../../../shared/report/heading-numbers';
import { LevelElementNode } from './LevelElementNode';

/**
 * The common "lead sentence as heading" shape: （一）加强组织领导。全年召开…… — the first sentence of
 * a paragraph is the heading, numbered like one, and the body follows in the same paragraph.
 */
export class LeadSentenceNode extends LevelElementNode {
  override $config() {
    return this.config('lead-sentence', { extends: LevelElementNode });
  }

  override isInline(): true {
    return true;
  }

  /** Typing at its edges goes into the body, not into the heading. */
  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }

  override canBeEmpty(): false {
    return false;
  }

  override createDOM(): HTMLElement {
    return this.createLevelDOM('span', 'lead-sentence');
  }
}

export function $createLeadSentenceNode(level: SubHeadingLevel): LeadSentenceNode {
  return $applyNodeReplacement(new LeadSentenceNode()).setLevel(level);
}

export function $isLeadSentenceNode(node: LexicalNode | null | undefined): node is LeadSentenceNode {
  return node instanceof LeadSentenceNode;
}
