import type { ChecklistState } from './checklist';
import type { MenuItem } from './outline';

/** A block of a part as the matcher reads it (the checks' DocParagraph fits). */
export interface CoverageParagraph {
  text: string;
  heading: boolean;
  /** Still word for word as copied from last year's report (沿用待更新). */
  carriedOver?: boolean;
}

/** What the checklist shows for an item: the clerk's mark, or 已写（自动） when the text covers it. */
export type MenuItemState = ChecklistState | 'auto-done';

/** A word denied in its clause ("尚未配备法治副校长", "没有开展……检查") covers nothing. */
const DENIED = /(?:未|没有|尚未|缺乏|缺少)[^，。；！？,;]{0,6}$/;

function stands(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (!DENIED.test(text.slice(Math.max(0, at - 12), at))) return true;
  return false;
}

/**
 * The words by which a part's own text clearly covers a menu item, or null. Conservative, since a
 * false tick hides a gap and a missed one costs the clerk a click: all words of one of the item's
 * keyword sets must stand, not denied, in one written paragraph — read together with the heading
 * line right above it, but a heading alone covers nothing (a suggested heading may be added before
 * anything is written under it). A paragraph still as copied from last year (沿用待更新) says
 * nothing of this year.
 */
export function menuCoverage(item: MenuItem, paragraphs: readonly CoverageParagraph[]): readonly string[] | null {
  if (!item.keywords.length) return null;
  let heading = '';
  for (const paragraph of paragraphs) {
    if (paragraph.heading) {
      heading = paragraph.carriedOver ? '' : paragraph.text;
      continue;
    }
    if (!paragraph.text.trim()) continue;
    const stretch = `${heading}\n${paragraph.text}`;
    heading = '';
    if (paragraph.carriedOver) continue;
    const way = item.keywords.find((words) => words.every((word) => stands(stretch, word)));
    if (way) return way;
  }
  return null;
}

/** The clerk's mark wins (未写 and 不适用 override the text); without one, the text decides. */
export function menuItemState(
  item: MenuItem,
  mark: ChecklistState | undefined,
  paragraphs: readonly CoverageParagraph[],
): MenuItemState {
  if (mark) return mark;
  return menuCoverage(item, paragraphs) ? 'auto-done' : 'unwritten';
}
