import type { Outline } from './outline';
import { outline2021 } from './outline-2021';

/** Every outline the app knows, oldest first; a new national outline is one more entry here. */
export const OUTLINES: readonly Outline[] = [outline2021];

/** The outline new reports are created with. */
export const CURRENT_OUTLINE: Outline = outline2021;

export function findOutline(version: string): Outline | undefined {
  return OUTLINES.find((outline) => outline.version === version);
}
