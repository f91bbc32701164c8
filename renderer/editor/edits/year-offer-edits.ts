import { $getRoot, $isElementNode, type ElementNode } from 'lexical';
import { isCarriedOver } from '../../../shared/carryover/carryover-mark';
import type { YearOffer } from '../../../shared/carryover/find-stale-years';
import { $getCarryoverMark, $setCarryoverMark } from '../nodes/carryover-state';

/** The copied block an offer was made for, if its year still stands where it stood. */
function $offeredBlock(offer: YearOffer): ElementNode | undefined {
  const block = $getRoot().getChildAtIndex(offer.paragraph);
  if (!$isElementNode(block) || !$getCarryoverMark(block)) return undefined;
  return block.getTextContent().slice(offer.start, offer.end) === offer.from.replace(/年$/, '') ? block : undefined;
}

/**
 * 改为2024年: replaces the year's digits in place. A paragraph still as copied stays 沿用待更新 —
 * its year is now right but its figures are still last year's — so the mark takes the new text.
 * Returns false when the text moved on since the offer was made.
 */
export function $applyYearOffer(offer: YearOffer): boolean {
  const block = $offeredBlock(offer);
  if (!block) return false;
  const mark = $getCarryoverMark(block)!;
  const unedited = isCarriedOver(mark, block.getTextContent());
  let seen = 0;
  for (const node of block.getAllTextNodes()) {
    const size = node.getTextContentSize();
    if (offer.start >= seen && offer.end <= seen + size) {
      node.spliceText(offer.start - seen, offer.end - offer.start, offer.replacement);
      if (unedited) $setCarryoverMark(block, { ...mark, original: block.getTextContent() });
      return true;
    }
    seen += size;
  }
  // A year split across differently formatted runs is rare; the clerk can still type it.
  return false;
}

/** 保留: remembered in the block's mark by its context, so the same year is not offered again. */
export function $keepYear(offer: YearOffer): boolean {
  const block = $offeredBlock(offer);
  if (!block) return false;
  const mark = $getCarryoverMark(block)!;
  $setCarryoverMark(block, { ...mark, kept: [...mark.kept, offer.context] });
  return true;
}
