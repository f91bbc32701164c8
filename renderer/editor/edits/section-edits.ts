import {
  $createParagraphNode,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  type LexicalNode,
} from 'lexical';
import { $isLeadSentenceNode } from '../nodes/LeadSentenceNode';
import { $createSectionHeadingNode, $isSectionHeadingNode } from '../nodes/SectionHeadingNode';
import type { SubHeadingLevel } from '../../../shared/report/heading-numbers';
import { $collectHeadings, type HeadingRef } from './collect-headings';

/** A heading with everything under it: the blocks up to the next heading of the same or a higher level. */
function $sectionOf(heading: HeadingRef, headings: readonly HeadingRef[]): LexicalNode[] {
  const index = headings.findIndex((candidate) => candidate.key === heading.key);
  const end = headings.slice(index + 1).find((candidate) => candidate.level <= heading.level);
  const blocks: LexicalNode[] = [];
  for (
    let node = $getNodeByKey(heading.blockKey);
    node && node.getKey() !== end?.blockKey;
    node = node.getNextSibling()
  ) {
    blocks.push(node);
  }
  return blocks;
}

/** Adds a heading at the end of the part, with an empty paragraph under it for the text, and selects it. */
export function $appendHeading(level: SubHeadingLevel, text: string): void {
  const root = $getRoot();
  const last = root.getLastChild();
  // A part that is only one empty paragraph gets the heading in its place.
  if (root.getChildrenSize() === 1 && last && $isElementNode(last) && last.getTextContentSize() === 0) last.remove();
  const heading = $createSectionHeadingNode(level).append($createTextNode(text));
  const body = $createParagraphNode();
  root.append(heading, body);
  body.select();
}

export function $renameHeading(key: string, text: string): void {
  const node = $getNodeByKey(key);
  if ($isSectionHeadingNode(node) || $isLeadSentenceNode(node)) node.clear().append($createTextNode(text));
}

/** Removes the heading line; the text under it stays, joining the section above. */
export function $removeHeading(key: string): void {
  const node = $getNodeByKey(key);
  if ($isSectionHeadingNode(node)) {
    if ($getRoot().getChildrenSize() === 1) node.replace($createParagraphNode());
    else node.remove();
  } else if ($isLeadSentenceNode(node)) {
    node.remove();
  }
}

/** Swaps a section with its neighbour of the same level, above or below, within the same parent section. */
export function $moveSection(key: string, direction: -1 | 1): void {
  const headings = $collectHeadings();
  const index = headings.findIndex((heading) => heading.key === key);
  const heading = headings[index];
  if (!heading) return;
  const step = (from: number) => from + direction;
  let neighbourIndex = step(index);
  while (headings[neighbourIndex] && headings[neighbourIndex]!.level > heading.level)
    neighbourIndex = step(neighbourIndex);
  const neighbour = headings[neighbourIndex];
  if (!neighbour || neighbour.level !== heading.level) return;
  const [upper, lower] = direction === -1 ? [neighbour, heading] : [heading, neighbour];
  const lowerBlocks = $sectionOf(lower, headings);
  const anchor = $getNodeByKey(upper.blockKey);
  if (!anchor) return;
  for (const block of lowerBlocks) anchor.insertBefore(block);
}
