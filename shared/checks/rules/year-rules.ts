import { parseTypedDate } from '../../report/parse-typed-date';
import type { CheckDocument } from '../check-document';
import { docTexts, findingAt, findingOnPart, matchesOf, memoByText, partTexts, type DocText } from '../doc-texts';
import type { Rule } from '../rule';

const closingDate = (doc: CheckDocument): DocText => ({
  place: 'closing',
  paragraph: 1,
  text: doc.date,
  heading: false,
  part: 'closing',
});

interface IssueDate {
  year: number;
  month: number;
  day: number;
  /** The standard way to write it: Arabic numerals, months and days not zero-padded. */
  standard: string;
}

/**
 * The 成文日期 as a real day, read by the one parser of dates (so the checks, the import, the date
 * fields and 汇审 agree on what is a date): 2025-1-7 or 2025.1.7 is a real day written the wrong way,
 * which date-format corrects, not a date-malformed error. Null when it is no real day in any form.
 */
function issueDate(written: string): IssueDate | null {
  const iso = parseTypedDate(written);
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day, standard: `${year}年${month}月${day}日` };
}

/**
 * A 成文日期 to show as an example: early in Y+1 as date-implausible asks; when the year is not
 * known, a date with its year left for the clerk, so the example never names a wrong year.
 */
function exampleDate(doc: CheckDocument): string {
  return doc.year ? `${doc.year + 1}年1月7日` : '××××年1月7日';
}

/** What may stand just before a year that opens a sentence: nothing, or the end of the last sentence. */
const SENTENCE_START = /(?:^|[。！？；]\s*)$/;

/**
 * Years that open a sentence as "the current year" (2023年，…), with their positions. "2021年以来，"
 * counts up to now and is no leftover.
 */
const sentenceYears = memoByText((text: string) =>
  matchesOf(text, /(\d{4})年(?:度)?[，,]/)
    .filter((match) => SENTENCE_START.test(text.slice(Math.max(0, match.index - 2), match.index)))
    .map((match) => ({ year: Number(match[1]), index: match.index })),
);

export const yearRules: readonly Rule[] = [
  {
    id: 'title-year',
    run: (doc) => {
      const year = /(\d{4})年/.exec(doc.title);
      if (!doc.year || !year || Number(year[1]) === doc.year) return [];
      const title: DocText = { place: 'title', paragraph: 0, text: doc.title, heading: true, part: 'title' };
      return [
        findingAt(
          'title-year',
          'error',
          title,
          year.index,
          year.index + 4,
          `标题中的年份是 ${year[1]} 年，但这是 ${doc.year} 年度的报告。请把标题改为 ${doc.year} 年度。`,
        ),
      ];
    },
  },
  {
    id: 'plans-wrong-year',
    run: (doc) => {
      if (!doc.year) return [];
      const next = doc.year + 1;
      return partTexts(doc, 'plans')
        .filter((text) => text.paragraph < 0 || /^\s*(\d{4})年/.test(text.text))
        .flatMap((text) => {
          const scanned = text.paragraph < 0 ? text.text : text.text.slice(0, 12);
          // A plan over several years (2024—2025年) or one that names the next year is for it.
          const spans = matchesOf(scanned, /(\d{4})年?\s*[—－–~～至-]\s*(\d{4})/).some(
            (range) => Number(range[1]) <= next && next <= Number(range[2]),
          );
          if (spans || matchesOf(scanned, /(\d{4})年/).some((match) => Number(match[1]) === next)) return [];
          return matchesOf(text.paragraph < 0 ? text.text : text.text.slice(0, 8), /(\d{4})年/)
            .filter((match) => Number(match[1]) !== next)
            .map((match) =>
              findingAt(
                'plans-wrong-year',
                'error',
                text,
                match.index,
                match.index + 4,
                `下一年度安排写的是 ${match[1]} 年，应为 ${next} 年（报告年度的次年）。请改正年份。`,
              ),
            );
        });
    },
  },
  {
    id: 'stale-year',
    run: (doc) => {
      if (!doc.year) return [];
      // Only a year that opens a sentence as "the current year" ("2023年，我局……") is a leftover;
      // "发布2023年度报告" or "较2023年" are legitimate references and stay silent.
      return docTexts(doc)
        .filter((text) => text.part !== 'plans' && text.place !== 'title' && text.place !== 'closing')
        .flatMap((text) =>
          sentenceYears(text.text)
            .filter(({ year }) => year < doc.year!)
            .map(({ year, index }) =>
              findingAt(
                'stale-year',
                'warning',
                text,
                index,
                index + 4,
                `这句话以 ${year} 年开头，像是从往年报告沿用下来的。本报告是 ${doc.year} 年度，请核对年份和内容。`,
              ),
            ),
        );
    },
  },
  {
    id: 'date-missing',
    run: (doc) => {
      const missing = [!doc.signature && '发文机关署名', !doc.date && '成文日期'].filter(Boolean);
      if (!missing.length) return [];
      return [
        findingOnPart(
          'date-missing',
          'error',
          'closing',
          `报告末尾缺少${missing.join('和')}。请在正文后写单位全称，下一行写成文日期，如“${exampleDate(doc)}”。`,
        ),
      ];
    },
  },
  {
    id: 'date-malformed',
    run: (doc) => {
      if (!doc.date) return [];
      // Only a date that is no real day is sent back; a real day written oddly is date-format's.
      if (issueDate(doc.date)) return [];
      return [
        findingAt(
          'date-malformed',
          'error',
          closingDate(doc),
          0,
          doc.date.length,
          `成文日期“${doc.date}”不是有效的年月日。请写成“${exampleDate(doc)}”的形式。`,
        ),
      ];
    },
  },
  {
    id: 'date-format',
    run: (doc) => {
      const parsed = doc.date ? issueDate(doc.date) : null;
      if (!parsed || parsed.standard === doc.date) return [];
      const right = parsed.standard;
      return [
        findingAt(
          'date-format',
          'warning',
          closingDate(doc),
          0,
          doc.date.length,
          `成文日期应用阿拉伯数字、月日不补零，写作“${right}”。`,
          {
            label: `改为“${right}”`,
            edits: [{ place: 'closing', paragraph: 1, start: 0, end: doc.date.length, replacement: right }],
          },
        ),
      ];
    },
  },
  {
    id: 'date-implausible',
    run: (doc) => {
      const parsed = doc.date ? issueDate(doc.date) : null;
      if (!parsed || !doc.year) return [];
      const value = parsed.year * 10000 + parsed.month * 100 + parsed.day;
      const early = value < (doc.year + 1) * 10000 + 101;
      const late = value > (doc.year + 1) * 10000 + 401;
      if (!early && !late) return [];
      return [
        findingAt(
          'date-implausible',
          'warning',
          closingDate(doc),
          0,
          doc.date.length,
          early
            ? `成文日期早于 ${doc.year} 年度结束，年度报告应在次年初成文。请核对日期。`
            : `成文日期晚于 ${doc.year + 1} 年4月1日的公开期限（报送期限为3月1日）。请核对日期。`,
        ),
      ];
    },
  },
];
