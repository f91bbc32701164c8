import { measure } from './measure-text';
import { TITLE_SETTING } from './page-geometry';
import { textWidth } from './text-width';

/** Characters of 2号 (22 pt) that fit on one line of the 156 mm type area. */
export const TITLE_LINE_WIDTH = 20;

/** Where a title may break: after 关于, around the year, before 法治 or 情况, around 《…》 — never inside it or a name. */
const BREAK_AFTER = /关于|年度|年|的|》/g;
const BREAK_BEFORE = /法治|情况|工作|《/g;

function candidates(title: string): number[] {
  const positions = new Set<number>();
  for (const match of title.matchAll(BREAK_AFTER)) positions.add(match.index + match[0].length);
  for (const match of title.matchAll(BREAK_BEFORE)) positions.add(match.index);
  // Not inside 《…》, and not inside the organization's name (everything before 关于).
  const named = title.indexOf('关于');
  return [...positions]
    .filter((at) => at > 0 && at < title.length && at >= named)
    .filter((at) => (title.slice(0, at).match(/《/g)?.length ?? 0) === (title.slice(0, at).match(/》/g)?.length ?? 0))
    .sort((a, b) => a - b);
}

/** A title line under four characters (…工作报 / 告) reads as a stray word: GB/T 9704 7.3.1 wants lines of sensible length. */
const MIN_LINE = 4;

/** Width in points as the word processors set 2号 text, the gaps between Chinese and digits included. */
const titleWidth = (line: string) => measure(line, TITLE_SETTING);

/**
 * How far a split is from the shapes GB/T 9704 7.3.1 asks for: two lines as a trapezoid (梯形,
 * lines of different length, the longer one below preferred), three as a diamond (菱形, the middle
 * longest) or a trapezoid; an hourglass (middle shortest) is worst. Equal lines come after both.
 */
function shapePenalty(widths: readonly number[]): number {
  const character = TITLE_SETTING.size;
  if (widths.length === 2) {
    const [top, bottom] = widths as [number, number];
    if (Math.abs(top - bottom) < character / 2) return 2;
    return bottom > top ? 0 : 1;
  }
  const [top, middle, bottom] = widths as [number, number, number];
  if (middle >= top && middle >= bottom) return 0;
  if ((top <= middle && middle <= bottom) || (top >= middle && middle >= bottom)) return 1;
  return 4;
}

/**
 * A title in as few lines as fit, broken at the allowed points into a 梯形 or 菱形 of lines as even
 * as those points permit, no line under four characters: 四平市教育局关于2024年度 / 法治政府建设情况的报告.
 */
export function splitTitle(title: string, lineWidth = TITLE_LINE_WIDTH): string[] {
  const limit = lineWidth * TITLE_SETTING.size;
  if (titleWidth(title) <= limit) return [title];
  const points = candidates(title);
  let best: { lines: string[]; score: number } | undefined;
  const consider = (cuts: number[]) => {
    const bounds = [0, ...cuts, title.length];
    const lines = bounds.slice(1).map((end, index) => title.slice(bounds[index], end));
    const widths = lines.map(titleWidth);
    if (widths.some((width) => width > limit) || lines.some((line) => textWidth(line) < MIN_LINE)) return;
    // Fewer lines first; then the spread between the longest and shortest line, in characters, and the shape.
    const spread = (Math.max(...widths) - Math.min(...widths)) / TITLE_SETTING.size;
    const score = lines.length * 1000 + spread + 2 * shapePenalty(widths);
    if (!best || score < best.score) best = { lines, score };
  };
  for (const a of points) {
    consider([a]);
    for (const b of points) if (b > a) consider([a, b]);
  }
  if (best) return best.lines;
  // No allowed break fits: cut by width, the last line never under four characters.
  const lines: string[] = [];
  let line = '';
  for (const char of title) {
    if (titleWidth(line + char) > limit) {
      lines.push(line);
      line = '';
    }
    line += char;
  }
  lines.push(line);
  while (lines.length > 1 && textWidth(lines.at(-1)!) < MIN_LINE) {
    const previous = lines.at(-2)!;
    lines[lines.length - 2] = previous.slice(0, -1);
    lines[lines.length - 1] = previous.slice(-1) + lines.at(-1)!;
  }
  return lines;
}
