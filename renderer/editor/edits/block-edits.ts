import { $findMatchingParent } from '@lexical/utils';
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { parseTypedNumber } from '../../../shared/report/typed-number';
import { $createLeadSentenceNode, $isLeadSentenceNode } from '../nodes/LeadSentenceNode';
import { $createSectionHeadingNode, $isSectionHeadingNode } from '../nodes/SectionHeadingNode';
import type { SubHeadingLevel } from '../../../shared/report/heading-numbers';

/** The top-level blocks the selection touches. */
function $selectedBlocks(): ElementNode[] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return [];
  const blocks = new Map<string, ElementNode>();
  for (const node of [selection.anchor.getNode(), ...selection.getNodes(), selection.focus.getNode()]) {
    const block = $findMatchingParent(
      node,
      (candidate: LexicalNode) => $isElementNode(candidate) && $isRootNode(candidate.getParent()),
    );
    if ($isElementNode(block)) blocks.set(block.getKey(), block);
  }
  return [...blocks.values()];
}

/** A lead sentence becomes plain text again at the start of its paragraph. */
function $unwrapLead(paragraph: ElementNode): void {
  const lead = paragraph.getFirstChild();
  if (!$isLeadSentenceNode(lead)) return;
  for (const child of lead.getChildren()) lead.insertBefore(child);
  lead.remove();
}

/**
 * Drops a number typed at the start of a block that becomes a heading: the heading's number is
 * computed, so a typed one would show twice, as （一）（一）.
 */
function $stripTypedNumber(block: ElementNode): void {
  const number = parseTypedNumber(block.getTextContent());
  const first = block.getFirstDescendant();
  if (!number || !$isTextNode(first)) return;
  if (first.getTextContentSize() >= number.raw.length) first.spliceText(0, number.raw.length, '');
}

/** Makes the selected blocks headings of a level, or ordinary paragraphs (level null), words kept. */
export function $setBlockLevel(level: SubHeadingLevel | null): void {
  for (const block of $selectedBlocks()) {
    if (!$isParagraphNode(block) && !$isSectionHeadingNode(block)) continue;
    if ($isParagraphNode(block)) $unwrapLead(block);
    if (level !== null) $stripTypedNumber(block);
    if (level === null) {
      if ($isSectionHeadingNode(block)) block.replace($createParagraphNode(), true);
    } else if ($isSectionHeadingNode(block)) {
      block.setLevel(level);
    } else {
      block.replace($createSectionHeadingNode(level), true);
    }
  }
}

/**
 * Makes the first sentence of the paragraph its heading (the lead-sentence shape), or undoes it.
 * Official documents carry no inline formatting, so the paragraph is rebuilt from its text. On an
 * empty paragraph it starts a heading line to type the sentence into: once a 。 is followed by more
 * words, TypedHeadingPlugin makes it the lead-sentence shape.
 */
export function $toggleLeadSentence(level: SubHeadingLevel): void {
  for (const block of $selectedBlocks()) {
    const paragraph = $isSectionHeadingNode(block) ? block.replace($createParagraphNode(), true) : block;
    if (!$isParagraphNode(paragraph)) continue;
    const lead = paragraph.getFirstChild();
    if ($isLeadSentenceNode(lead)) {
      if (lead.getLevel() === level) $unwrapLead(paragraph);
      else lead.setLevel(level);
      continue;
    }
    $stripTypedNumber(paragraph);
    const text = paragraph.getTextContent();
    if (!text) {
      const heading = $createSectionHeadingNode(level);
      paragraph.replace(heading);
      heading.select();
      continue;
    }
    const end = text.indexOf('。');
    const head = end >= 0 ? text.slice(0, end + 1) : text;
    if (!head) continue;
    paragraph.clear().append($createLeadSentenceNode(level).append($createTextNode(head)));
    if (head.length < text.length) paragraph.append($createTextNode(text.slice(head.length)));
    paragraph.selectEnd();
  }
}
