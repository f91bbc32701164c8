import { $applyNodeReplacement, $getState, $setState, ElementNode, type LexicalNode } from 'lexical';
import { createLevelElement, headingLevelState, updateLevelElement, type SubHeadingLevel } from './heading-level-state';

/**
 * The common "lead sentence as heading" shape: （一）加强组织领导。全年召开…… — the first sentence of
 * a paragraph is the heading, numbered like one, and the body follows in the same paragraph.
 */
export class LeadSentenceNode extends ElementNode {
  override $config() {
    return this.config('lead-sentence', {
      extends: ElementNode,
      stateConfigs: [{ stateConfig: headingLevelState, flat: true }],
    });
  }

  getLevel(): SubHeadingLevel {
    return $getState(this, headingLevelState);
  }

  setLevel(level: SubHeadingLevel): this {
    return $setState(this, headingLevelState, level);
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
    return createLevelElement('span', 'lead-sentence', this.getLevel());
  }

  override updateDOM(previous: this, dom: HTMLElement): boolean {
    updateLevelElement(dom, previous.getLevel(), this.getLevel());
    return false;
  }
}

export function $createLeadSentenceNode(level: SubHeadingLevel): LeadSentenceNode {
  return $applyNodeReplacement(new LeadSentenceNode()).setLevel(level);
}

export function $isLeadSentenceNode(node: LexicalNode | null | undefined): node is LeadSentenceNode {
  return node instanceof LeadSentenceNode;
}
