import { BODY_MARK, ENDS_SENTENCE, isBareNumber, splitRunInHeading, startsHeading } from './split-report-lines';
import { parseTypedNumber } from '../report/typed-number';

/** A line that stops where no sentence or heading can: after a comma, an opening bracket, 的 / 和 / 及 / 与. */
const STOPS_MIDWAY = /[，、（《“‘(—,]$|(?:的|和|及|与)$/;
/** A line that can only continue the one before: it opens with closing punctuation. */
const CONTINUES = /^[，。、；：）》”’%,.;:)]/;

/**
 * Whether the text was wrapped inside its paragraphs (copied from a PDF or a fixed-width page):
 * several body lines stop mid-sentence while the next line goes on with body text. Returns the
 * width the text was wrapped at, or 0 when it was not.
 */
function wrapWidth(lines: readonly string[]): number {
  const broken = lines
    .filter(
      (line, index) =>
        line.length >= 10 &&
        BODY_MARK.test(line) &&
        !startsHeading(line) &&
        !ENDS_SENTENCE.test(line) &&
        index + 1 < lines.length &&
        !startsHeading(lines[index + 1]),
    )
    .map((line) => line.length)
    .sort((a, b) => a - b);
  if (broken.length < 3 || broken.length < lines.filter((line) => line.length >= 10).length * 0.25) return 0;
  return broken[Math.floor(broken.length / 2)]!;
}

/** A heading whose wording is complete: "三、下一步工作计划", not "三、…第一责任人职责情". */
const COMPLETE_HEADING = /(?:情况|成效|原因|安排|计划|打算|思路|要点|不足|问题|举措|做法|工作|建设|机制|制度)$/;

function joinsNext(line: string, next: string | undefined, width: number): boolean {
  // A tab-separated line is a table row, complete whatever it ends with.
  if (line.includes('\t') || next?.includes('\t')) return false;
  if (next === undefined || startsHeading(next)) return isBareNumber(line) && next !== undefined;
  if (isBareNumber(line) || CONTINUES.test(next)) return true;
  if (ENDS_SENTENCE.test(line)) return false;
  if (STOPS_MIDWAY.test(line)) return true;
  if (!width || line.length < 10) return false;
  if (parseTypedNumber(line)) return /[。；]/.test(line) || (line.length >= width - 3 && !COMPLETE_HEADING.test(line));
  return BODY_MARK.test(line) || line.length >= width - 3;
}

/**
 * Joins body lines broken inside a sentence, from `from` on: when the next line does not open a heading
 * and this one ends no sentence — at a comma, or where a wrapped text breaks its lines. A heading
 * split from its number ("三、" / "下一步工作计划") is joined to it. */
export function joinBrokenLines(lines: readonly string[], from: number): string[] {
  const body = lines.slice(from);
  const width = wrapWidth(body);
  const joined: string[] = [];
  let pending = '';
  body.forEach((line, index) => {
    pending += line;
    if (!joinsNext(line, body[index + 1], width)) {
      joined.push(pending);
      pending = '';
    }
  });
  if (pending) joined.push(pending);
  return [...lines.slice(0, from), ...joined.flatMap(splitRunInHeading)];
}
