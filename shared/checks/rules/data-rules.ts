import { outline2021 } from '../../outline/outline-2021';
import { docTexts, findingAt, findingOnPart, memoByText, partTexts } from '../doc-texts';
import { matchCommitment } from '../match-commitment';
import type { CheckData } from '../check-data';
import type { Rule } from '../rule';

const definition = (key: string) => outline2021.indicators.find((indicator) => indicator.key === key);
const label = (key: string) => definition(key)?.label ?? key;

/**
 * A figure written just after an indicator's words with a unit that counts the same thing
 * (持证执法人员46人, 46名), compiled once per word and units. 人次 counts visits, not people.
 */
const figureAfter = memoByText((key: string) => {
  const [word, units] = key.split('|');
  const unit = [...units!].map((char) => (char === '人' ? '人(?!次)' : char)).join('|');
  return new RegExp(`${word}([^，。；\\d]{0,6}?)(\\d+)\\s*(?:${unit})`, 'g');
});

/** The units counting the same thing as an indicator's own unit. */
function unitsOf(data: CheckData, key: string): string {
  const unit = definition(key)?.unit ?? '';
  return (data.unitFamilies.find((family) => family.includes(unit)) ?? [unit]).join('');
}

export const dataRules: readonly Rule[] = [
  {
    id: 'indicator-missing',
    run: (doc, data) => {
      if (!doc.indicators) return [];
      return data.coreIndicators
        .filter((key) => {
          const value = doc.indicators!.find((indicator) => indicator.key === key);
          return !value || (value.value === null && !value.notApplicable);
        })
        .map((key) =>
          findingOnPart(
            'indicator-missing',
            'warning',
            'measures',
            `数据指标“${label(key)}”还没有填写。请填上本年度的数字，确实没有的标为“不适用”。`,
          ),
        );
    },
  },
  {
    id: 'indicator-mismatch',
    run: (doc, data) => {
      if (!doc.indicators) return [];
      return Object.entries(data.indicatorWords).flatMap(([key, words]) => {
        const value = doc.indicators!.find((indicator) => indicator.key === key)?.value;
        if (value === null || value === undefined) return [];
        return docTexts(doc).flatMap((text) => {
          // This runs on the whole report at every live check: most texts name no indicator at all.
          const figures = new Set<number>();
          return words.flatMap((word) =>
            (text.text.includes(word) ? [...text.text.matchAll(figureAfter(`${word}|${unitsOf(data, key)}`))] : [])
              .filter((match) => Number(match[2]) !== value)
              // A rate, a share, a change or another population is not the total: 覆盖率100%,
              // 新增持证执法人员5人, 较上年增加2人, 村（社区）法律顾问, 不予行政处罚.
              .filter(
                (match) =>
                  !data.notTotal.test(match[1]!) &&
                  !data.notTotal.test(text.text.slice(Math.max(0, match.index - 6), match.index)),
              )
              // 行政处罚案件 and 行政处罚 both lead to the same figure: one finding for it.
              .filter(
                (match) => !figures.has(match.index + match[0].length) && figures.add(match.index + match[0].length),
              )
              .map((match) =>
                findingAt(
                  'indicator-mismatch',
                  'warning',
                  text,
                  match.index,
                  match.index + match[0].length,
                  `正文写“${match[0]}”，数据指标中“${label(key)}”填的是 ${value}。请核对，两处应一致。`,
                ),
              ),
          );
        });
      });
    },
  },
  {
    id: 'commitment-unreported',
    run: (doc) => {
      if (!doc.previousPlans?.length) return [];
      const carried = new Set(
        (doc.carriedOver ?? []).filter(({ part }) => part === 'measures').map(({ paragraph }) => paragraph),
      );
      // Numbered on across parts that share the key, as carriedOver addresses them (partAddresses).
      const measures = doc.parts
        .filter((part) => part.key === 'measures')
        .flatMap((part) => part.paragraphs)
        .map((paragraph, index) => ({
          text: paragraph.text,
          carriedOver: Boolean(paragraph.carriedOver) || carried.has(index),
        }));
      return doc.previousPlans.flatMap((plan) => {
        const match = matchCommitment(plan, measures);
        if (match.reported) return [];
        return [
          findingOnPart(
            'commitment-unreported',
            'warning',
            'measures',
            match.onlyCarriedOver
              ? `去年报告承诺的“${plan.slice(0, 30)}”，今年的举措和成效中只有从去年沿用、还没有修改的段落提到它。请按今年的实际写明落实情况，或说明未落实的原因。`
              : `去年报告承诺的“${plan.slice(0, 30)}”，今年的举措和成效中没有写落实情况。请补写落实情况，或说明未落实的原因。`,
            plan.slice(0, 40),
          ),
        ];
      });
    },
  },
  {
    id: 'carryover-unedited',
    run: (doc) =>
      (doc.carriedOver ?? []).flatMap(({ part, paragraph }) => {
        const text = partTexts(doc, part).find((candidate) => candidate.paragraph === paragraph);
        return text
          ? [
              findingAt(
                'carryover-unedited',
                'warning',
                text,
                0,
                Math.min(text.text.length, 30),
                '这一段从去年的报告沿用而来，还没有修改过。请按今年的情况更新内容和数字。',
              ),
            ]
          : [];
      }),
  },
];
