import { partHeading } from '../../outline/outline';
import { outline2021 } from '../../outline/outline-2021';
import type { PartKey } from '../../outline/part-key';
import type { CheckDocument } from '../check-document';
import {
  bigrams,
  findingAt,
  findingOnPart,
  matchesOf,
  memoByText,
  overlap,
  partBody,
  partChars,
  partTexts,
  typedNumberOf,
} from '../doc-texts';
import type { CheckData } from '../check-data';
import type { Rule } from '../rule';
import { UNWRITTEN_RULE } from '../quiet-unwritten-parts';

const REQUIRED: readonly PartKey[] = ['measures', 'shortcomings', 'leadership', 'plans'];
const ORDER: readonly PartKey[] = ['preface', 'measures', 'shortcomings', 'leadership', 'plans', 'other'];
const NAMES: Record<PartKey, string> = {
  preface: '开头段落',
  measures: '主要举措和成效',
  shortcomings: '存在的不足和原因',
  leadership: '党政主要负责人履行第一责任人职责情况',
  plans: '下一年度主要安排',
  other: '其他需要报告的情况',
};

const present = (doc: CheckDocument, key: PartKey) => partChars(doc, key) > 0;

/**
 * Where a missing part's content was written instead, in words the clerk can find: a heading or a
 * numbered item elsewhere whose own words name the part ("写在了“一、工作开展情况”的第（一）项
 * “党政主要负责人……”中"), or a paragraph that opens with them ("下一步，……"). A word in passing
 * inside a sentence is no part. Read from the paragraphs alone, whichever way the report came.
 */
function misplaced(
  doc: CheckDocument,
  key: PartKey,
  hint: RegExp | undefined,
): { where: string; asItem: boolean } | undefined {
  if (!hint) return undefined;
  for (const part of doc.parts) {
    if (part.key === key) continue;
    const host = part.heading ? `“${part.heading.slice(0, 30)}”` : '开头段落';
    let section = '';
    for (const { text, heading } of part.paragraphs) {
      const number = typedNumberOf(text);
      const words = text.slice(number?.raw.length ?? 0);
      const lead = heading ? words : number ? words.split(/[。！]/)[0]! : '';
      const item = number ? `第${number.raw.trim().replace(/[、.．]$/, '')}项` : '';
      if (lead && hint.test(lead)) {
        const under = number && number.level > 2 && section ? `${host}中“${section}”的` : `${host}的`;
        return { where: `${under}${item || '小标题'}“${lead.slice(0, 40)}”中`, asItem: true };
      }
      if (!lead && hint.exec(text)?.index === 0)
        return { where: `${host}下“${text.slice(0, 30)}……”一段中`, asItem: false };
      if (number?.level === 2 || (heading && !number)) section = text.slice(0, 30);
    }
  }
  return undefined;
}

const achievementPatterns = new WeakMap<CheckData, RegExp>();
/** All achievement words in one pattern, built once per data version. */
function achievementPattern(data: CheckData): RegExp {
  let pattern = achievementPatterns.get(data);
  if (!pattern) achievementPatterns.set(data, (pattern = new RegExp(data.achievementWords.join('|'))));
  return pattern;
}

/**
 * An achievement granted on the way to a shortcoming ("虽然取得了一定成效，但……") or denied
 * ("未取得明显成效") is how the part is written, not a defect.
 */
function conceded(text: string, start: number, end: number): boolean {
  const from =
    Math.max(text.lastIndexOf('。', start), text.lastIndexOf('；', start), text.lastIndexOf('！', start)) + 1;
  const stop = text.slice(end).search(/[。；！？]/);
  const before = text.slice(from, start);
  const after = text.slice(end, stop < 0 ? undefined : end + stop);
  return /虽|尽管/.test(before) || /但|然而|不过/.test(after) || /(?:未|没有|不|难以|尚未|未能)$/.test(before);
}

/**
 * A paragraph that opens with a short lead sentence and goes on ("强化学法用法。持续……"): in the
 * editor its number is drawn beside the text, so the lead is all that marks it as an item.
 */
const leadSentence = memoByText((text: string) => {
  const end = text.search(/[。！]/);
  return end >= 4 && end <= 30 && text.length - end > 10;
});

/** How many 一是 / 二是 … clauses a plan paragraph lists. */
const enumeratedItems = memoByText(
  (text: string) => matchesOf(text, /(?<=^|[。；;，,：:\s])[一二三四五六七八九十]+是/).length,
);

export const structureRules: readonly Rule[] = [
  {
    id: 'part-missing',
    run: (doc, data) =>
      REQUIRED.filter((key) => !present(doc, key)).map((key) => {
        const where = misplaced(doc, key, data.partHints[key]);
        const part = outline2021.parts.find((candidate) => candidate.key === key)!;
        const heading = doc.year
          ? partHeading(part, doc.year)
          : part.heading.replace('{Y+1}年', '下一年度').replace('{Y}年度', '上一年度');
        // Written as an item of its own elsewhere, the content is there, only not as a part: a
        // reviewer may accept that, so a warning. One paragraph opening 下一步 is no part: an error.
        if (where?.asItem)
          return findingOnPart(
            'part-missing',
            'warning',
            key,
            `“${NAMES[key]}”没有单列，写在了${where.where}，建议单列一部分，标题如“${heading}”。请把这部分内容移到单列的这一部分中。`,
          );
        const elsewhere = where ? `目前只在${where.where}提到，请展开写成单列的一部分。` : '';
        // The app's report has every part in place from the start: an empty one is not missing
        // yet, only not begun. One calm hint while writing; at submission it is an error as ever.
        if (doc.beingWritten && doc.parts.some((candidate) => candidate.key === key))
          return {
            ...findingOnPart(
              UNWRITTEN_RULE,
              'info',
              key,
              `未写：“${NAMES[key]}”。这是必报内容，报送前须写好。${elsewhere}`,
            ),
            blocksSubmission: true as const,
          };
        return findingOnPart(
          'part-missing',
          'error',
          key,
          `缺少必报内容“${NAMES[key]}”。请按规定单列一部分，标题如“${heading}”。${elsewhere}`,
        );
      }),
  },
  {
    id: 'part-thin',
    run: (doc, data) =>
      REQUIRED.flatMap((key) => {
        const chars = partChars(doc, key);
        const minimum = data.thinParts[key] ?? 0;
        if (chars === 0 || chars >= minimum) return [];
        return [
          findingOnPart(
            'part-thin',
            'warning',
            key,
            `“${NAMES[key]}”只有 ${chars} 字，明显偏少（一般不少于 ${minimum} 字）。请补充具体做法、数字和事例。`,
          ),
        ];
      }),
  },
  {
    id: 'part-order',
    run: (doc) => {
      const seen = doc.parts
        .map((part) => part.key)
        .filter((key, index, all): key is PartKey => key !== 'unassigned' && all.indexOf(key) === index);
      const expected = [...seen].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
      const wrong = seen.findIndex((key, index) => key !== expected[index]);
      if (wrong < 0) return [];
      return [
        findingOnPart(
          'part-order',
          'info',
          seen[wrong]!,
          `各部分的顺序与规定不一致：“${NAMES[seen[wrong]!]}”排在了“${NAMES[expected[wrong]!]}”的位置。请按规定顺序调整：举措和成效、不足和原因、第一责任人职责、下一年度安排。`,
        ),
      ];
    },
  },
  {
    id: 'shortcomings-no-causes',
    run: (doc, data) => {
      const body = partBody(doc, 'shortcomings');
      if (!partChars(doc, 'shortcomings') || data.causeWords.some((word) => body.includes(word))) return [];
      return [
        findingOnPart(
          'shortcomings-no-causes',
          'warning',
          'shortcomings',
          '“不足”部分只列了问题，没有分析原因。请在每条不足后写明原因，如“主要是……”“由于……”。',
          body.slice(0, 40),
        ),
      ];
    },
  },
  {
    id: 'shortcomings-as-achievements',
    run: (doc, data) =>
      partTexts(doc, 'shortcomings').flatMap((text) =>
        matchesOf(text.text, achievementPattern(data))
          .filter((match) => !conceded(text.text, match.index, match.index + match[0].length))
          .map((match) =>
            findingAt(
              'shortcomings-as-achievements',
              'warning',
              text,
              match.index,
              match.index + match[0].length,
              `“不足”部分出现了成绩性表述“${match[0]}”。这一部分应写问题和原因，成绩请写到“主要举措和成效”中。`,
            ),
          ),
      ),
  },
  {
    id: 'shortcoming-without-plan',
    run: (doc) => {
      if (!partChars(doc, 'plans')) return [];
      const plans = bigrams(partBody(doc, 'plans'));
      // Each shortcoming is a numbered item whose first sentence names it (the rest gives causes):
      // that sentence's words, without the number, should recur in the plans.
      return partTexts(doc, 'shortcomings')
        .filter((text) => text.paragraph >= 0 && typedNumberOf(text.text))
        .filter((text) => overlap(text.text.slice(typedNumberOf(text.text)!.raw.length).split('。')[0]!, plans) < 0.2)
        .map((text) =>
          findingAt(
            'shortcoming-without-plan',
            'info',
            text,
            0,
            Math.min(text.text.length, 30),
            '这条不足在下一年度安排中找不到对应的改进措施。请在“主要安排”中写明准备怎么改。',
          ),
        );
    },
  },
  {
    id: 'leadership-vague',
    run: (doc, data) => {
      const body = partBody(doc, 'leadership');
      if (!partChars(doc, 'leadership')) return [];
      const acts = data.leadershipActs.some((word) => body.includes(word));
      const figures = /\d|[一二三四五六七八九十]+次/.test(body);
      if (acts && figures) return [];
      return [
        findingOnPart(
          'leadership-vague',
          'warning',
          'leadership',
          `“第一责任人职责”部分${acts ? '' : '没有写主要负责人的具体行动（如主持召开、专题研究、带头学法、述法、审签）'}${!acts && !figures ? '，也' : ''}${figures ? '' : '没有次数、时间等具体数字'}。请写清主要负责人本人做了什么、做了几次。`,
          body.slice(0, 40),
        ),
      ];
    },
  },
  {
    id: 'plans-too-few',
    run: (doc, data) => {
      const texts = partTexts(doc, 'plans').filter((text) => text.paragraph >= 0);
      if (!texts.length) return [];
      const numbered = texts.filter(
        (text) => text.heading || typedNumberOf(text.text) || leadSentence(text.text),
      ).length;
      const enumerated = texts.reduce((sum, text) => sum + enumeratedItems(text.text), 0);
      const items = Math.max(numbered, enumerated);
      if (items >= data.minPlanItems) return [];
      return [
        findingOnPart(
          'plans-too-few',
          'warning',
          'plans',
          `下一年度安排只有 ${items} 项具体内容，至少应有 ${data.minPlanItems} 项。请分条写明要做什么、做到什么程度。`,
        ),
      ];
    },
  },
  {
    id: 'measures-no-figures',
    run: (doc) => {
      // Sections of the measures: each second-level heading with the paragraphs under it.
      const sections: { head: ReturnType<typeof partTexts>[number]; body: string }[] = [];
      for (const text of partTexts(doc, 'measures').filter((candidate) => candidate.paragraph >= 0)) {
        const number = typedNumberOf(text.text);
        if (number?.level === 2) sections.push({ head: text, body: text.text });
        else if (sections.length) sections.at(-1)!.body += text.text;
      }
      return sections
        .filter((section) => !/\d|[一二三四五六七八九十百千]+[件次项人所场个名条]|《/.test(section.body))
        .map((section) =>
          findingAt(
            'measures-no-figures',
            'warning',
            section.head,
            0,
            Math.min(section.head.text.length, 30),
            '这一条举措没有任何数字、案例或文件名称。请补上件数、次数、比例或具体文件，避免只写原则性表述。',
          ),
        );
    },
  },
  {
    id: 'menu-uncovered',
    run: (doc) =>
      (doc.menu ?? [])
        .filter((item) => item.state === 'unwritten')
        .map((item) =>
          findingOnPart(
            'menu-uncovered',
            'info',
            item.part,
            `应写内容“${item.label}”还没有写，也没有标为“不适用”。请补写（写到了会自动记为“已写”，没认出时请在写作要点中标为“已写”）。`,
          ),
        ),
  },
];
