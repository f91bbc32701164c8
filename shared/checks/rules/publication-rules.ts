import type { CheckData } from '../check-data';
import { anyOf, findingAt, matchesOf } from '../doc-texts';
import { textRule, type Rule } from '../rule';

const NUMBERS = [
  { pattern: /(?<!\d)1[3-9]\d{9}(?!\d)/, what: '手机号码' },
  { pattern: /(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/, what: '固定电话号码' },
  // A local number after 电话： has no area code: 6612345.
  { pattern: /(?<=(?:电话|手机|热线|传真)[:：]?\s*)\d{7,8}(?!\d)/, what: '电话号码' },
  { pattern: /(?<!\d)\d{17}[\dXx](?!\d)/, what: '身份证号码' },
];

interface Personal {
  pattern: RegExp;
  what: string;
  /** Whether a match is really personal data (a name pattern matches roles too: 顾问律师). */
  keep?: (match: RegExpExecArray) => boolean;
}

const personalByData = new WeakMap<CheckData, { all: Personal[]; any: RegExp; cue: RegExp }>();

/** The patterns for names, built once per data version from its surnames and titles. */
function personal(data: CheckData): { all: Personal[]; any: RegExp; cue: RegExp } {
  let built = personalByData.get(data);
  if (built) return built;
  const { surnames, titles, notGiven, notNames, notAfterTitle } = data.names;
  const name = `[${surnames}](?:(?![${notGiven}])[\\u4e00-\\u9fff]){1,2}`;
  const all: Personal[] = [
    ...NUMBERS,
    {
      pattern: new RegExp(`${name}(?:${titles.join('|')})(?!${notAfterTitle.join('|')})`),
      what: '个人姓名',
      keep: (match) => !notNames.some((word) => match[0].startsWith(word)),
    },
    {
      pattern: new RegExp(`(?<=联系人[:：]\\s*)${name}(?![\\u4e00-\\u9fff])`),
      what: '联系人姓名',
      // 联系人：张老师 gives a surname and a title, no name.
      keep: (match) => !titles.some((title) => match[0].endsWith(title)),
    },
  ];
  // A name pattern tries every surname character of a text: look only where a title or digits are.
  const cue = new RegExp([...titles, '联系人', '\\d{7}'].join('|'));
  built = { all, any: anyOf(all.map(({ pattern }) => pattern)), cue };
  personalByData.set(data, built);
  return built;
}

export const publicationRules: readonly Rule[] = [
  textRule('privacy', (text, data) => {
    const { all, any, cue } = personal(data);
    if (!cue.test(text.text) || !any.test(text.text)) return [];
    return all.flatMap(({ pattern, what, keep }) =>
      matchesOf(text.text, pattern)
        .filter((match) => keep?.(match) ?? true)
        .map((match) =>
          findingAt(
            'privacy',
            'warning',
            text,
            match.index,
            match.index + match[0].length,
            `“${match[0]}”可能是${what}。公开版发布前请确认可以公开，或改为不含个人信息的表述。`,
          ),
        ),
    );
  }),
];
