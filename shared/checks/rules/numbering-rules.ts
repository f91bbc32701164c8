import { formatHeadingNumber } from '../../report/heading-numbers';
import { parseTypedNumber, type TypedNumber } from '../../report/typed-number';
import type { CheckDocument } from '../check-document';
import { docTexts, findingAt, matchesOf, memoByText, typedNumberOf, type DocText } from '../doc-texts';
import type { Finding } from '../finding';
import { textRule, type Rule } from '../rule';

interface Numbered {
  text: DocText;
  number: TypedNumber;
}

const CLAUSE_START = new Set([...'。；;，,：:）) \u3000\t']);

/** 一是 / 二是 … that open a clause, with their values and positions. */
const enumerationMarkers = memoByText((text: string) =>
  matchesOf(text, /([一二三四五六七八九十])是(?!否|非)/)
    // Only at the start of a clause: 一是 after 。，； or at the paragraph start, not 统一是.
    .filter((match) => match.index === 0 || CLAUSE_START.has(text[match.index - 1]!))
    .map((match) => ({ value: '一二三四五六七八九十'.indexOf(match[1]!) + 1, index: match.index })),
);

/** Typed heading numbers count only in the body: not in the title, the addressee or the closing. */
const NUMBERED_PLACES = (text: DocText) =>
  text.place !== 'title' && text.place !== 'closing' && text.place !== 'addressee';

function numberedLines(doc: CheckDocument): Numbered[] {
  return docTexts(doc).flatMap((text) => {
    if (!NUMBERED_PLACES(text)) return [];
    const number = typedNumberOf(text.text);
    return number ? [{ text, number }] : [];
  });
}

const sequenceByDoc = new WeakMap<CheckDocument, Finding[]>();

/** Walks the numbered lines with a counter per level, restarting deeper levels under each heading. */
function sequenceFindings(doc: CheckDocument): Finding[] {
  const cached = sequenceByDoc.get(doc);
  if (cached) return cached;
  const findings: Finding[] = [];
  const counters = [0, 0, 0, 0, 0];
  let previous: TypedNumber | undefined;
  for (const { text, number } of numberedLines(doc)) {
    const { level, value } = number;
    const expected = counters[level]! + 1;
    const end = number.raw.trimEnd().length;
    // Level one is the parts' spine: a jump there is a gap, never a sub-list run on.
    const continuesOther =
      level > 1 &&
      previous &&
      previous.level > 1 &&
      previous.level !== level &&
      previous.value === value - 1 &&
      value !== expected;
    if (continuesOther) {
      findings.push(
        findingAt(
          'numbering-level',
          'error',
          text,
          0,
          end,
          `编号“${number.raw.trim()}”接着上文的“${formatHeadingNumber(previous!.level, previous!.value)}”往下数，但用了另一级的形式。同一组编号应使用同一级别，请统一为“${formatHeadingNumber(previous!.level, value)}”或调整层级。`,
        ),
      );
    } else if (
      level > 1 &&
      counters[level - 1] === 0 &&
      counters.slice(1, level - 1).some((count) => count > 0) &&
      value === 1 &&
      counters[level] === 0
    ) {
      // A first sub-heading whose parent level never appeared: 四、 followed straight by 1. Many
      // style guides allow skipping a level where a part has few items: a warning, not an error.
      findings.push(
        findingAt(
          'numbering-level',
          'warning',
          text,
          0,
          end,
          `编号“${number.raw.trim()}”跳过了上一级标题（如“${formatHeadingNumber((level - 1) as 1 | 2 | 3, 1)}”）。请按 一、→（一）→ 1. →（1）逐级使用。`,
        ),
      );
    } else if (value > expected) {
      findings.push(
        findingAt(
          'numbering-gap',
          'error',
          text,
          0,
          end,
          `编号“${number.raw.trim()}”前面缺少“${formatHeadingNumber(level, expected)}”${value - expected > 1 ? '等' : ''}，编号不连续。请检查是否漏写了一部分，或改正编号。`,
        ),
      );
    } else if (value === counters[level] && value > 0) {
      findings.push(
        findingAt('numbering-gap', 'error', text, 0, end, `编号“${number.raw.trim()}”与上一条重复。请重新排号。`),
      );
    }
    counters[level] = value;
    for (let deeper = level + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
    previous = number;
  }
  sequenceByDoc.set(doc, findings);
  return findings;
}

export const numberingRules: readonly Rule[] = [
  { id: 'numbering-gap', run: (doc) => sequenceFindings(doc).filter((finding) => finding.id === 'numbering-gap') },
  { id: 'numbering-level', run: (doc) => sequenceFindings(doc).filter((finding) => finding.id === 'numbering-level') },
  textRule('numbering-style', (text) => {
    const number = NUMBERED_PLACES(text) ? parseTypedNumber(text.text) : null;
    if (!number || number.standard) return [];
    const right = formatHeadingNumber(number.level, number.value);
    return [
      findingAt(
        'numbering-style',
        'warning',
        text,
        0,
        number.raw.length,
        `编号“${number.raw.trim()}”不是公文的规范写法，应写作“${right}”。`,
        {
          label: `改为“${right}”`,
          edits: [
            { place: text.place, paragraph: text.paragraph, start: 0, end: number.raw.length, replacement: right },
          ],
        },
      ),
    ];
  }),
  {
    id: 'enumeration-gap',
    run: (doc) => {
      const findings: Finding[] = [];
      // An enumeration 一是……二是…… runs within a section: from one numbered line to the next.
      let section: { text: DocText; value: number; index: number }[] = [];
      const close = () => {
        if (!section.length) return;
        const values = section.map((marker) => marker.value);
        const first = section[0]!;
        const say = (message: string, marker = first) =>
          findings.push(findingAt('enumeration-gap', 'warning', marker.text, marker.index, marker.index + 2, message));
        if (values[0] !== 1)
          say(
            `这里从“${first.text.text.slice(first.index, first.index + 2)}”开始列举，前面缺少“一是”。请补上或改正序号。`,
          );
        else if (values.length === 1) say('这里只有“一是”，没有“二是”。只有一项时请去掉“一是”，或补全后面各项。');
        else {
          const gap = section.find(
            (marker, index) => index > 0 && marker.value !== values[index - 1]! + 1 && marker.value !== 1,
          );
          if (gap)
            say(
              `列举序号不连续：“${gap.text.text.slice(gap.index, gap.index + 2)}”前面缺少一项。请补全或改正序号。`,
              gap,
            );
        }
        section = [];
      };
      for (const text of docTexts(doc)) {
        if (text.heading || text.paragraph < 0 || typedNumberOf(text.text)) close();
        for (const { value, index } of enumerationMarkers(text.text)) {
          if (value === 1 && section.length) close();
          section.push({ text, value, index });
        }
      }
      close();
      return findings;
    },
  },
  textRule('heading-punctuation', (text) => {
    if (!text.heading || text.text.length > 40 || !/[。，；：,.;:]$/.test(text.text)) return [];
    const at = text.text.length - 1;
    return [
      findingAt('heading-punctuation', 'info', text, at, at + 1, '单独成行的标题末尾不加标点。请删去末尾的标点。', {
        label: '删去末尾标点',
        edits: [{ place: text.place, paragraph: text.paragraph, start: at, end: at + 1, replacement: '' }],
      }),
    ];
  }),
];
