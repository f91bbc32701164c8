import { $applyNodeReplacement, $createParagraphNode, type LexicalNode, type RangeSelection } from 'lexical';
import type { SubHeadingLevel } from '../../../shared/report/heading-numbers';
import { LevelElementNode } from './LevelElementNode';

/**
 * A heading line inside a part. Its number （一） / 1. / （1） is not text: the numbering plugin
 * shows it from the heading's position, so it can never be typed wrong or jump.
 */
export class SectionHeadingNode extends LevelElementNode {
  override $config() {
    return this.config('section-heading', { extends: LevelElementNode });
  }

  override createDOM(): HTMLElement {
    return this.createLevelDOM('p', 'section-heading');
  }

  /**
   * Enter at the end of a heading starts an ordinary paragraph; in the middle it splits the heading
   * in two; at the start it opens an empty paragraph above and the heading keeps its words.
   */
  override insertNewAfter(selection: RangeSelection | undefined, restoreSelection = true): LexicalNode {
    const last = this.getLastDescendant();
    const atEnd =
      !selection ||
      !last ||
      (selection.anchor.key === last.getKey() && selection.anchor.offset === last.getTextContentSize());
    const next = atEnd ? $createParagraphNode() : $createSectionHeadingNode(this.getLevel());
    this.insertAfter(next, restoreSelection);
    if (selection && selection.anchor.offset === 0 && !this.isEmpty()) {
      const paragraph = $createParagraphNode();
      paragraph.select();
      this.replace(paragraph, true);
    }
    return next;
  }

  /** Backspace at its start turns the heading back into a paragraph, keeping the words. */
  override collapseAtStart(): boolean {
    const paragraph = $createParagraphNode();
    paragraph.append(...this.getChildren());
    this.replace(paragraph);
    paragraph.selectStart();
    return true;
  }
}

export function $createSectionHeadingNode(level: SubHeadingLevel): SectionHeadingNode {
  return $applyNodeReplacement(new SectionHeadingNode()).setLevel(level);
}

export function $isSectionHeadingNode(node: LexicalNode | null | undefined): node is SectionHeadingNode {
  return node instanceof SectionHeadingNode;
}
