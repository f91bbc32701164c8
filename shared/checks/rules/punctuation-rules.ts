import { parseTypedNumber } from '../../report/typed-number';
import { CJK, findingAt, matchesOf, type DocText } from '../doc-texts';
import type { Edit, Finding } from '../finding';
import { textRule, type Rule } from '../rule';

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
const HAS_CJK = new RegExp(`[${CJK}]`);
const PAIRS: Record<string, string> = { '“': '”', '《': '》', '（': '）', '【': '】' };
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));
const PAIR_CHARS = /[“”《》（）【】]/;
/** A list number closed by a bracket alone, 1） or 一）: numbering-style's matter, not an unpaired bracket. */
const LIST_NUMBER = /(?:^|[。；：，、\s])(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[a-zA-Z])$/;
const DOCUMENT_YEAR = new RegExp(`^[${CJK}]\\((?:19|20)\\d{2}\\)\\s*第?\\d+\\s*号`);
const HALFWIDTH = new RegExp(`(?<=[${CJK}，。、；：）”])[,;:?!()]|[,;:?!()](?=[${CJK}（“])`);
const INNER_SPACE = new RegExp(`(?<=[${CJK}，。、；：！？“”（）])[ \\u3000\\t]+(?=[${CJK}，。、；：！？“”（）])`);

const editAt = (text: DocText, start: number, end: number, replacement: string): Edit => ({
  place: text.place,
  paragraph: text.paragraph,
  start,
  end,
  replacement,
});

/**
 * A typography rule for Chinese text: one finding per paragraph listing every occurrence as an
 * edit, so a long report is not buried in findings.
 */
function perParagraph(
  id: string,
  severity: Finding['severity'],
  find: (text: DocText) => Edit[],
  message: (count: number) => string,
  label: string,
): Rule {
  return textRule(id, (text) => {
    if (!HAS_CJK.test(text.text)) return [];
    const edits = find(text);
    if (!edits.length) return [];
    return [findingAt(id, severity, text, edits[0]!.start, edits[0]!.end, message(edits.length), { label, edits })];
  });
}

export const punctuationRules: readonly Rule[] = [
  perParagraph(
    'halfwidth-punctuation',
    'warning',
    (text) => {
      if (!/[,;:?!()]/.test(text.text)) return [];
      // A typed heading number such as "(一)" is left to numbering-style, which fixes it whole.
      const skip = parseTypedNumber(text.text)?.raw.length ?? 0;
      const at = new Set(matchesOf(text.text, HALFWIDTH).map((match) => match.index));
      // A pair is made full-width together, or not at all: （试行) would be a new unpaired bracket.
      // The year of a document number, 教发(2022)3号, is wording-form's: it becomes 〔2022〕.
      for (const pair of matchesOf(text.text, /\(([^()]*)\)/)) {
        const close = pair.index + pair[0].length - 1;
        if (pair.index > 0 && DOCUMENT_YEAR.test(text.text.slice(pair.index - 1, close + 8))) {
          at.delete(pair.index);
          at.delete(close);
        } else if (at.has(pair.index) || at.has(close) || HAS_CJK.test(pair[1]!)) at.add(pair.index).add(close);
      }
      return [...at]
        .filter((index) => index >= skip)
        .sort((a, b) => a - b)
        .map((index) => editAt(text, index, index + 1, FULL_WIDTH[text.text[index]!]!));
    },
    (count) => `这一段有 ${count} 处半角标点（如 , : ( )）夹在中文里。中文应使用全角标点：，：（）。`,
    '改为全角标点',
  ),
  perParagraph(
    'straight-quotes',
    'warning',
    (text) => {
      let double = 0;
      let single = 0;
      return matchesOf(text.text, /["']/).map((match) => {
        const replacement = match[0] === '"' ? (double++ % 2 ? '”' : '“') : single++ % 2 ? '’' : '‘';
        return editAt(text, match.index, match.index + 1, replacement);
      });
    },
    (count) => `这一段有 ${count} 个直引号（" 或 '）。中文应使用弯引号“ ”‘ ’。`,
    '改为中文引号',
  ),
  textRule('unbalanced-pairs', (text) => {
    if (!PAIR_CHARS.test(text.text)) return [];
    const stack: { char: string; index: number }[] = [];
    const unmatched: { char: string; index: number }[] = [];
    for (let index = 0; index < text.text.length; index++) {
      const char = text.text[index]!;
      if (PAIRS[char]) stack.push({ char, index });
      else if (CLOSERS.has(char)) {
        if (stack.at(-1)?.char === CLOSERS.get(char)) stack.pop();
        else if (char === '）' && LIST_NUMBER.test(text.text.slice(Math.max(0, index - 4), index))) continue;
        else unmatched.push({ char, index });
      }
    }
    return [...unmatched, ...stack].map(({ char, index }) =>
      findingAt(
        'unbalanced-pairs',
        'error',
        text,
        index,
        index + 1,
        `“${char}”没有与之配对的“${PAIRS[char] ?? CLOSERS.get(char)}”。请补全或删去。`,
      ),
    );
  }),
  textRule('repeated-punctuation', (text) =>
    matchesOf(text.text, /([。，、；：！？])\1+|[，、；][。！？]|[。！？][，、；]/).map((match) => {
      const keep = /[。！？]/.exec(match[0])?.[0] ?? match[0][0]!;
      return findingAt(
        'repeated-punctuation',
        'warning',
        text,
        match.index,
        match.index + match[0].length,
        `标点“${match[0]}”重复或连用。请只保留“${keep}”。`,
        {
          label: `改为“${keep}”`,
          edits: [editAt(text, match.index, match.index + match[0].length, keep)],
        },
      );
    }),
  ),
  textRule('missing-colon', (text) =>
    matchesOf(text.text, /(?:报告如下|汇报如下|具体如下|情况如下)(?![：:])/).map((match) => {
      const end = match.index + match[0].length;
      return findingAt('missing-colon', 'info', text, match.index, end, `“${match[0]}”后面应加全角冒号“：”。`, {
        label: '加上冒号',
        edits: [editAt(text, end, end, '：')],
      });
    }),
  ),
  perParagraph(
    'stray-space',
    'info',
    (text) =>
      !/[ \u3000\t]/.test(text.text)
        ? []
        : [
            ...matchesOf(text.text, INNER_SPACE).map((match) =>
              editAt(text, match.index, match.index + match[0].length, ''),
            ),
            ...matchesOf(text.text, /[ \u3000\t]+$/).map((match) =>
              editAt(text, match.index, match.index + match[0].length, ''),
            ),
          ],
    (count) => `这一段的中文之间或末尾有 ${count} 处多余空格。请删去。`,
    '删去多余空格',
  ),
];
