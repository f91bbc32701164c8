import { parseTypedNumber } from '../report/typed-number';

/** Website lines around a title: 来源、发布时间、浏览次数、字号, and the breadcrumb 首页 > 政务公开 > …. */
export const META_LINE =
  /来源[:：]|发布时间|浏览次数|累计次数|\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}|^字[号体][:：]|^首页\s*>|\S\s*>>?\s*\S.*>/;

/** A line of the report's body: a heading, a sentence, a long paragraph, "现将……报告如下". */
const isBody = (line: string) =>
  parseTypedNumber(line) !== null ||
  /[。；]/.test(line) ||
  line.length > 80 ||
  /如下[：:]?$/.test(line) ||
  /^\d{4}\s*年(?:度)?[，,]/.test(line);
const TITLE_WORDS = /法治|依法行政|报告$/;
/** How the first line of a title broken before its subject ends: the issuer, 关于, or the year. */
const TITLE_HEAD = /(?:局|政府|委员会|委|办公室|党组|党委|中心|院|厅|镇|关于|年|年度)$/;
const TITLE_ENDS = /报告$/;

/**
 * The report's title: the first line about 法治 or ending in 报告 among those before the body
 * begins, joined with a first line that names the issuer ("中共某某县交通运输局党组") and with the
 * next short lines until it ends in 报告 (three lines at most). A text that starts with its
 * preface or its first heading has no title: empty, and nothing before the body is set aside.
 */
export function findTitle(lines: readonly string[]): { title: string; lines: number[] } {
  let head = 0;
  while (head < lines.length && head < 12 && !isBody(lines[head]!)) head++;
  const isCandidate = (line: string) =>
    TITLE_WORDS.test(line) && line.length <= 60 && !META_LINE.test(line) && !/[：:]$/.test(line);
  const start = lines.slice(0, head).findIndex(isCandidate);
  if (start < 0) return { title: '', lines: [] };
  const before = lines[start - 1];
  const taken =
    before && before.length <= 24 && TITLE_HEAD.test(before) && !META_LINE.test(before) ? [start - 1, start] : [start];
  for (
    let next = start + 1;
    !TITLE_ENDS.test(taken.map((index) => lines[index]).join('')) && taken.length < 3 && next < head;
    next++
  ) {
    const line = lines[next]!;
    if (line.length > 30 || /[：:]$/.test(line) || META_LINE.test(line)) break;
    taken.push(next);
  }
  // A title pasted from a list of documents keeps its book-title marks: 《…的报告》 is the title.
  const title = taken.map((index) => lines[index]).join('');
  return { title: /^《[^《》]+》$/.test(title) ? title.slice(1, -1) : title, lines: taken };
}
