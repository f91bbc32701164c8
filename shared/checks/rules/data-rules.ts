import { outline2021 } from '../../outline/outline-2021';
import { docTexts, findingAt, findingOnPart, memoByText, partTexts } from '../doc-texts';
import { matchCommitment } from '../match-commitment';
import type { Rule } from '../rule';

const label = (key: string) => outline2021.indicators.find((indicator) => indicator.key === key)?.label ?? key;

/** A figure written just after an indicator's words (持证执法人员46人), compiled once per word. */
const figureAfter = memoByText((word: string) => new RegExp(`${word}[^，。；\\d]{0,6}?(\\d+)`, 'g'));

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
        return docTexts(doc).flatMap((text) =>
          // This runs on the whole report at every live check: most texts name no indicator at all.
          words.flatMap((word) =>
            (text.text.includes(word) ? [...text.text.matchAll(figureAfter(word))] : [])
              .filter((match) => Number(match[1]) !== value)
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
          ),
        );
      });
    },
  },
  {
    id: 'commitment-unreported',
    run: (doc) => {
      if (!doc.previousPlans?.length) return [];
      const measures = doc.parts
        .filter((part) => part.key === 'measures')
        .flatMap((part) => part.paragraphs.map((paragraph) => paragraph.text));
      return doc.previousPlans
        .filter((plan) => !matchCommitment(plan, measures).reported)
        .map((plan) =>
          findingOnPart(
            'commitment-unreported',
            'warning',
            'measures',
            `去年报告承诺的“${plan.slice(0, 30)}”，今年的举措和成效中没有写落实情况。请补写落实情况，或说明未落实的原因。`,
            plan.slice(0, 40),
          ),
        );
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
