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
 * A title cited in 《》 is what was studied or filed, not the work itself: "学习《政府信息公开条例》"
 * covers no 政务公开, "备案《法治副校长聘任管理制度》" no 法治副校长.
 */
const CITED = /《[^》]*》/g;

/** Sentences of a paragraph: its words are read together only within one. */
const sentences = (text: string) => text.split(/(?<=[。！？；;])/).filter((sentence) => sentence.trim());

/**
 * The stretches of this year's writing in a part, each read as one: a sentence of a written
 * paragraph, the sentences of the first paragraph under a heading line read with that heading. A
 * heading alone is no stretch (a suggested heading may be added before anything is written under
 * it), nor is a paragraph still as copied from last year (沿用待更新), which says nothing of this year.
 */
function* stretches(paragraphs: readonly CoverageParagraph[]): Generator<string> {
  let heading = '';
  for (const paragraph of paragraphs) {
    if (paragraph.heading) {
      heading = paragraph.carriedOver ? '' : paragraph.text;
      continue;
    }
    if (!paragraph.text.trim()) continue;
    const above = heading;
    heading = '';
    if (paragraph.carriedOver) continue;
    for (const sentence of sentences(paragraph.text.replace(CITED, '《》')))
      yield above ? `${above}\n${sentence}` : sentence;
  }
}

/**
 * The words by which a part's own text clearly covers a menu item, or null. Conservative, since a
 * false tick hides a gap and a missed one costs the clerk a click: all words of one of the item's
 * keyword sets must stand, not denied nor inside a cited title, in one sentence (see stretches) —
 * words scattered over a long paragraph are no proof.
 */
export function menuCoverage(item: MenuItem, paragraphs: readonly CoverageParagraph[]): readonly string[] | null {
  if (!item.keywords.length) return null;
  for (const stretch of stretches(paragraphs)) {
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
