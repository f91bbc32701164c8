import { partOfHeading } from './part-of-heading';
import { parseTypedNumber } from '../report/typed-number';

/** A line that ends a sentence, a clause or a quotation: nothing of it runs on into the next line. */
export const ENDS_SENTENCE = /[。！？!?；;：:…”’）)】」』]$/;
/** Punctuation inside a line that only body text has (a heading may have one comma, a body line has this). */
export const BODY_MARK = /[，、；。,;]/;
/** Where a heading ends and its part's wording is complete: 成效, 原因, 情况, 安排 … */
const HEADING_END =
  /(?:主要)?举措和成效|主要举措|主要成效|(?:存在的)?不足(?:和|及)原因|存在的不足|存在的问题|存在问题|问题和不足|职责情况|工作情况|开展情况|基本情况|(?:主要)?工作安排|主要安排|工作计划|工作打算|工作思路|工作要点|下步打算/;
/** How a body paragraph opens, right after a sub-heading that lost its line break ("（二）完善制度建立健全…"). */
const BODY_OPENER =
  /建立健全|加强|健全|坚持|严格|深入|全面|认真|积极|持续|按照|根据|围绕|聚焦|全年|今年|\d{4}年|我局|我委|我镇|一是|通过|制定|开展|组织/;
const LEVEL_ONE_AFTER_STOP = /(?<=[。；！？!?：:])\s*(?=[一二三四五六七八九十]{1,2}、)/g;
const ANY_HEADING_AFTER_STOP =
  /(?<=[。；！？!?：:])\s*(?=[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)]|\d{1,2}[.．、](?![\dA-Za-z])|[（(]\d{1,2}[）)])/;
const TITLE_RUN_IN = /^(.{6,80}?(?:的报告|工作报告|情况报告|年度报告))(?=\S)/;
const ADDRESSEE_RUN_IN = /^([^，。；：:、\s]{2,30}(?:、[^，。；：:、\s]{2,30})*[：:])(?=\S)/;
const CLOSING_RUN_IN = new RegExp(
  '^(.*?[。！？])?\\s*(特此报告。|专此报告。)?\\s*' +
    '((?:中共)?[^\\s。，；：]{2,40}?(?:局|委员会|委|政府|办公室|中心|院|厅|党组|党委|镇|街道办事处))\\s*' +
    '((?:\\d{4}|[〇零○一二三四五六七八九]{4})\\s*年[\\d〇零○一二三四五六七八九十]{1,3}月[\\d〇零○一二三四五六七八九十]{1,3}日)$',
);

export const isBareNumber = (line: string) => parseTypedNumber(line)?.raw.trim() === line;
export const startsHeading = (line: string | undefined) => line !== undefined && parseTypedNumber(line) !== null;

/**
 * A report that lost its line breaks (copied from a web page as one or two lines) is split where
 * a heading follows a sentence end or a colon. Only a line holding two or more 一、…, one of them
 * naming a part, is such a report: so "。三是…", an inline "：（一）" or "：一、…；二、…" in a sound
 * report stay.
 */
function splitLostBreaks(line: string, first: boolean): string[] {
  const parts = line.split(LEVEL_ONE_AFTER_STOP).slice(1);
  // An inline list ("主要做法：一、建立制度；二、加强培训。") names no part of a report; a lost report does.
  if (parts.length < 2 || !parts.some((piece) => partOfHeading(piece.slice(0, 30).split(/[。；]/)[0]!))) return [line];
  let rest = line;
  const pieces: string[] = [];
  if (first) {
    const title = TITLE_RUN_IN.exec(rest);
    if (title && !BODY_MARK.test(title[1]!)) {
      pieces.push(title[1]!);
      rest = rest.slice(title[1]!.length);
    }
    const addressee = ADDRESSEE_RUN_IN.exec(rest);
    if (addressee && !/如下|报告/.test(addressee[1]!)) {
      pieces.push(addressee[1]!);
      rest = rest.slice(addressee[1]!.length);
    }
  }
  pieces.push(...rest.split(ANY_HEADING_AFTER_STOP));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}

/** "……。特此报告。某某县教育局 2023年3月29日" on one line: the closing word, the signature and the date apart. */
function splitClosing(line: string): string[] {
  const match = CLOSING_RUN_IN.exec(line);
  if (!match) return [line];
  return match.slice(1).flatMap((piece) => (piece?.trim() ? [piece.trim()] : []));
}

/**
 * A heading that lost the break before its text: "一、主要举措和成效2022年，我局……" at the end of the
 * part's wording; "（二）完善制度建立健全……" where a body sentence opens, only when what follows the
 * number is far too long to be a lead sentence and the heading before the opener has no punctuation.
 */
export function splitRunInHeading(line: string): string[] {
  const number = parseTypedNumber(line);
  if (!number) return [line];
  const rest = line.slice(number.raw.length);
  if (number.level === 1) {
    const end = HEADING_END.exec(rest);
    if (!end || end.index + end[0].length > 40) return [line];
    const cut = end.index + end[0].length;
    const [head, body] = [rest.slice(0, cut), rest.slice(cut).trim()];
    // What follows must be text of its own: a numbered item or a sentence, not "和不足及……".
    const ownText = parseTypedNumber(body) !== null || (body.length >= 10 && /[。！？]/.test(body));
    return !BODY_MARK.test(head) && partOfHeading(head) && ownText
      ? [line.slice(0, number.raw.length + cut), body]
      : [line];
  }
  const sentence = rest.split(/[。！？]/)[0]!;
  if (sentence.length <= 40) return [line];
  const opener = BODY_OPENER.exec(rest.slice(2, 18));
  if (!opener) return [line];
  const cut = opener.index + 2;
  if (BODY_MARK.test(rest.slice(0, cut))) return [line];
  return [line.slice(0, number.raw.length + cut), rest.slice(cut)];
}

/**
 * The lines of a report as a clerk reads them: a report that lost its line breaks split at its
 * headings, a signature and date run into the last line set apart, headings run into their text
 * split from it. Lines broken inside a sentence are joined afterwards (joinBrokenLines), once
 * the title is known, so a title over several lines stays as written.
 */
export function splitReportLines(lines: readonly string[]): string[] {
  const split = lines.flatMap((line, index) => splitLostBreaks(line, index === 0));
  const closed = split.length ? [...split.slice(0, -1), ...splitClosing(split.at(-1)!)] : split;
  return closed.flatMap(splitRunInHeading);
}
