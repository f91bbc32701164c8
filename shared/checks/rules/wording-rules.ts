import type { CheckData } from '../check-data';
import { anyOf, CJK, findingAt, lineLike, matchesOf, typedNumberOf, type DocText } from '../doc-texts';
import type { Finding, Severity } from '../finding';
import { textRule, type Rule } from '../rule';

const TERM_PATTERNS = memo((data: CheckData) => data.terms.map((term) => term.wrong));
const WORDING_PATTERNS = memo((data: CheckData) => data.wordings.map((wording) => wording.wrong));
const WORDING_CUES = memo((data: CheckData) => data.wordings.map((wording) => wording.cue));
const JUNK_PATTERNS = memo((data: CheckData) => data.junk.map(({ pattern }) => pattern));

/** The right form for one match: `right` with $1, $2 standing for the match's groups. */
const rightFor = (right: string, match: RegExpExecArray) =>
  right.replace(/\$(\d)/g, (_, group: string) => match[Number(group)] ?? '');

/** A finding with its one-edit fix for each wrong form in a text; the fix replaces the match only. */
function formFindings(
  id: string,
  severity: Severity,
  text: DocText,
  patterns: readonly RegExp[],
  forms: CheckData['terms'],
  skip: (match: RegExpExecArray) => boolean,
): Finding[] {
  if (!anyOf(patterns).test(text.text)) return [];
  return forms.flatMap((form) =>
    matchesOf(text.text, form.wrong)
      .filter((match) => !skip(match))
      .map((match) => {
        const right = rightFor(form.right, match);
        const end = match.index + match[0].length;
        return findingAt(
          id,
          severity,
          text,
          match.index,
          end,
          `“${match[0]}”写法不规范，应为“${right}”（${form.why}）。请改正。`,
          {
            label: `改为“${right}”`,
            edits: [{ place: text.place, paragraph: text.paragraph, start: match.index, end, replacement: right }],
          },
        );
      }),
  );
}

/** One result per data version: the pattern lists above are built once, not per paragraph. */
function memo<T>(build: (data: CheckData) => T): (data: CheckData) => T {
  const cache = new WeakMap<CheckData, T>();
  return (data) => {
    if (!cache.has(data)) cache.set(data, build(data));
    return cache.get(data)!;
  };
}

/** A line that reads as part of a report: a sentence, a numbered heading, a part's or the report's title. */
const reportsOwn = (text: string) =>
  /[。；]|[：:]$/.test(text) ||
  typedNumberOf(text) !== null ||
  /报告$|举措|成效|不足|问题|第一责任人|计划|安排|打算/.test(text);

const DOUBLED = new RegExp(`([${CJK}]{2,4})\\1`);
// Doubled words that are correct Chinese, not slips of the keyboard.
const ACCEPTED_DOUBLES = new Set([
  '一一',
  '常常',
  '天天',
  '年年',
  '人人',
  '处处',
  '事事',
  '层层',
  '步步',
  '家家户户',
  '方方面面',
  '时时',
  '点点',
]);

export const wordingRules: readonly Rule[] = [
  textRule('placeholder', (text, data) =>
    matchesOf(text.text, data.placeholders).map((match) =>
      findingAt(
        'placeholder',
        'error',
        text,
        match.index,
        match.index + match[0].length,
        `“${match[0]}”像是没有填写的占位符。请填上实际内容或删去。`,
      ),
    ),
  ),
  textRule('term-form', (text, data) =>
    formFindings('term-form', 'error', text, TERM_PATTERNS(data), data.terms, () => false),
  ),
  textRule('wording-form', (text, data) => {
    if (!anyOf(WORDING_CUES(data)).test(text.text) || !anyOf(WORDING_PATTERNS(data)).test(text.text)) return [];
    // Inside a fixed formulation term-form already offers the whole right form.
    const terms = anyOf(TERM_PATTERNS(data)).test(text.text)
      ? data.terms.flatMap((term) => matchesOf(text.text, term.wrong))
      : [];
    const insideTerm = (match: RegExpExecArray) =>
      terms.some((term) => match.index >= term.index && match.index < term.index + term[0].length);
    return formFindings('wording-form', 'warning', text, WORDING_PATTERNS(data), data.wordings, insideTerm);
  }),
  textRule('repeated-word', (text) =>
    matchesOf(text.text, DOUBLED)
      .filter((match) => !ACCEPTED_DOUBLES.has(match[1]!) && !ACCEPTED_DOUBLES.has(match[0]))
      .map((match) => {
        const word = match[1]!;
        const end = match.index + match[0].length;
        return findingAt(
          'repeated-word',
          'warning',
          text,
          match.index,
          end,
          `“${word}”连写了两遍，像是误输入。请删去重复的“${word}”。`,
          {
            label: `删去重复的“${word}”`,
            edits: [
              { place: text.place, paragraph: text.paragraph, start: match.index + word.length, end, replacement: '' },
            ],
          },
        );
      }),
  ),
  textRule('long-sentence', (text, data) => {
    const found = [];
    let start = 0;
    for (const match of [...matchesOf(text.text, /[。！？]/), { index: text.text.length }]) {
      const end = match.index + 1;
      if (end - start > data.longSentence) {
        found.push(
          findingAt(
            'long-sentence',
            'info',
            text,
            start,
            Math.min(end, text.text.length),
            `这句话有 ${end - start} 字，超过 ${data.longSentence} 字，读起来吃力。请考虑拆成几句。`,
          ),
        );
      }
      start = end;
    }
    return found;
  }),
  textRule(
    'conversion-junk',
    (text, data) =>
      !anyOf(JUNK_PATTERNS(data)).test(text.text)
        ? []
        : data.junk.flatMap(({ pattern, what, wholeLine }) =>
            (wholeLine && !lineLike(text.text) ? [] : matchesOf(text.text, pattern)).map((match) =>
              findingAt(
                'conversion-junk',
                'warning',
                text,
                match.index,
                match.index + match[0].length,
                `“${match[0].slice(0, 30)}”是${what}，不是报告内容。请删去。`,
                {
                  label: '删去',
                  edits: [
                    {
                      place: text.place,
                      paragraph: text.paragraph,
                      start: match.index,
                      end: match.index + match[0].length,
                      replacement: '',
                    },
                  ],
                },
              ),
            ),
          ),
    // Lines outside the report proper are junk, one finding a line — unless they read as the
    // report's own (its title, preface or first heading, put outside by a misread title).
    (doc, data) =>
      doc.outside.flatMap((text, paragraph) => {
        const at = { place: 'outside' as const, paragraph, text, heading: false, part: 'outside' as const };
        const known = data.junk.find(({ pattern }) => pattern.test(text))?.what;
        if (!known && reportsOwn(text)) return [];
        const what = known ?? '网页上报告以外的文字';
        return findingAt(
          'conversion-junk',
          'warning',
          at,
          0,
          text.length,
          `“${text.slice(0, 30)}”是${what}，不是报告内容。请删去。`,
          {
            label: '删去',
            edits: [{ place: 'outside', paragraph, start: 0, end: text.length, replacement: '' }],
          },
        );
      }),
  ),
];
