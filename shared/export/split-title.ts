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

/**
 * A title in as few lines as fit, broken so the lines are as even as the allowed break points
 * permit: 四平市教育局关于2024年度 / 法治政府建设情况的报告.
 */
export function splitTitle(title: string, lineWidth = TITLE_LINE_WIDTH): string[] {
  if (textWidth(title) <= lineWidth) return [title];
  const points = candidates(title);
  let best: { lines: string[]; score: number } | undefined;
  const consider = (cuts: number[]) => {
    const bounds = [0, ...cuts, title.length];
    const lines = bounds.slice(1).map((end, index) => title.slice(bounds[index], end));
    const widths = lines.map(textWidth);
    if (widths.some((width) => width > lineWidth)) return;
    const score = lines.length * 1000 + Math.max(...widths) - Math.min(...widths);
    if (!best || score < best.score) best = { lines, score };
  };
  for (const a of points) {
    consider([a]);
    for (const b of points) if (b > a) consider([a, b]);
  }
  // No allowed break keeps lines within the width: fall back to even cuts by width.
  if (!best) {
    const lines: string[] = [];
    let line = '';
    for (const char of title) {
      if (textWidth(line + char) > lineWidth) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
    return [...lines, line];
  }
  return best.lines;
}
