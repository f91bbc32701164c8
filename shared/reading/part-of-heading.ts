import type { PartRef } from '../checks/check-document';
import type { PartKey } from '../outline/part-key';
import { parseTypedNumber } from '../report/typed-number';

/** Wording of a part's heading, most specific first (a leadership heading also says 情况). */
const PART_WORDS: readonly [PartKey, RegExp][] = [
  ['leadership', /第一责任人|主要负责人/],
  ['shortcomings', /不足|存在.{0,8}问题|问题(?:和|及|与)|差距|(?<!补齐?|弥补)短板/],
  ['plans', /安排|计划|打算|下一步|下步|思路|下一年度|要点|今后/],
  ['other', /其他/],
  ['measures', /举措|成效|做法|基本情况|工作情况|开展情况|主要工作|职责情况|建设情况|完成情况/],
];

/**
 * A thematic heading ("一、强化组织领导，落实年度普法计划") has a comma; words that also name
 * ordinary work (计划, 要点, 短板) do not make it a part, only words no theme uses.
 */
const THEMATIC_WORDS: Partial<Record<PartKey, RegExp>> = {
  leadership: /第一责任人/,
  shortcomings: /存在.{0,8}问题|不足/,
  plans: /下一步|下步|今后/,
};

/** Words that leave no doubt about a part; a part found only by the others, or by position, is uncertain. */
const CERTAIN: Partial<Record<PartKey, RegExp>> = {
  measures: /举措|成效|基本情况|主要做法/,
  shortcomings: /不足|问题|差距/,
  leadership: /第一责任人|主要负责人/,
  plans: /下一年度|安排|计划|下一步|打算/,
  other: /其他/,
};

const words = (heading: string) => heading.slice(parseTypedNumber(heading)?.raw.length ?? 0);

/** A heading's part, or undefined when its wording names none. */
export function partOfHeading(heading: string): PartKey | undefined {
  const text = words(heading);
  const thematic = /[，,]/.test(text);
  return PART_WORDS.find(([key, pattern]) =>
    thematic && key !== 'measures' && key !== 'other' ? THEMATIC_WORDS[key]?.test(text) : pattern.test(text),
  )?.[0];
}

/** Whether a heading names its part in words that leave no doubt. */
export function namesPartCertainly(heading: string, key: PartRef): boolean {
  return partOfHeading(heading) === key && !!CERTAIN[key as PartKey]?.test(words(heading));
}

/** One heading for two parts: "三、存在问题及下步打算". */
export function namesShortcomingsAndPlans(heading: string): boolean {
  const text = words(heading);
  return PART_WORDS[1]![1].test(text) && /打算|计划|安排|下一步|下步|思路/.test(text.replace(/^.*?(?:问题|不足)/, ''));
}
