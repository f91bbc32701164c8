import { $getRoot, $getState, $isElementNode, $setState, createState, type LexicalNode } from 'lexical';
import {
  CARRYOVER_STATE_KEY,
  isCarriedOver,
  parseCarryoverMark,
  type CarryoverMark,
} from '../../../shared/carryover/carryover-mark';
import type { CarriedBlock } from '../../../shared/carryover/find-stale-years';
import type { PartKey } from '../../../shared/outline/part-key';

/**
 * The 沿用待更新 mark on a top-level block copied from last year's report. Not flat: it is written
 * under "$" in the block's JSON, where shared/report/part-content reads it, and it works on the
 * built-in paragraph as on our heading node without either having to declare it.
 */
const carryoverState = createState(CARRYOVER_STATE_KEY, { parse: parseCarryoverMark });

export function $getCarryoverMark(node: LexicalNode): CarryoverMark | null {
  return $getState(node, carryoverState);
}

export function $setCarryoverMark(node: LexicalNode, mark: CarryoverMark): void {
  $setState(node, carryoverState, mark);
}

/** Still word for word as copied: the mark is kept, and what it means is read from the text. */
export function $isCarriedOverBlock(node: LexicalNode): boolean {
  return $isElementNode(node) && isCarriedOver($getCarryoverMark(node), node.getTextContent());
}

/** The part's blocks that came from last year, edited or not, for the 年份核对 offers. */
export function $carriedBlocks(part: PartKey): CarriedBlock[] {
  return $getRoot()
    .getChildren()
    .flatMap((node, paragraph) => {
      const mark = $getCarryoverMark(node);
      return mark ? [{ part, paragraph, text: node.getTextContent(), kept: mark.kept }] : [];
    });
}
