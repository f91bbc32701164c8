import { PART_KEYS } from '../outline/part-key';
import type { FindingPlace } from './finding';

/**
 * Where findings stand, in the order the document reads: title, 主送机关, the parts as the outline
 * orders them, then 落款和日期. The 检查 panel groups by this, so the clerk goes through the
 * findings top to bottom as through the page. (Text outside any part comes last.)
 */
export const FINDING_PLACE_ORDER: readonly FindingPlace[] = [
  'title',
  'addressee',
  ...PART_KEYS,
  'unassigned',
  'closing',
  'outside',
];

/** For sort(): earlier in the document first. */
export function compareFindingPlaces(a: FindingPlace, b: FindingPlace): number {
  return FINDING_PLACE_ORDER.indexOf(a) - FINDING_PLACE_ORDER.indexOf(b);
}
