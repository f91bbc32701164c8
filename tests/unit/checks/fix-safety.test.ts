import { describe, expect, it } from 'vitest';
import { applyEdits, applyFix } from '../../../shared/checks/apply-fix';
import type { CheckDocument } from '../../../shared/checks/check-document';
import { docTexts } from '../../../shared/checks/doc-texts';
import type { Finding } from '../../../shared/checks/finding';
import { runChecks } from '../../../shared/checks/run-checks';
import { readReportText } from '../../../shared/reading/read-report-text';
import { hasSamples, sampleText } from '../../helpers/samples';
import { reportDoc } from './report-doc';

/** Sentences with defects among sound words, so a fix that reaches past its match shows. */
const DEFECTIVE = reportDoc(
  {
    preface: ['2023年，某某县市场监管局坚持依法行政，现将有关情况报告如下'],
    measures: [
      '一、2023年度推进法治政府建设的主要举措和成效',
      '(一)完善制度体系',
      '认真落实《某某区法治政府建设实施纲要（2021-2025）》和法治政府建设实施纲要（2021-2025）,开展法制宣传活动。。',
      '截止2023年底，印发《实施办法(试行)》（某市监发[2023]4号）和某政发(2023)5号,推进八五普法。',
      '全面推行"三项制度" ，持证执法人员18名 ，依据《法治政府建设与责任落实督查工作规定》开展自查。',
      '（二）规范执法行为。',
      '[bookmark: _GoBack]编制《监管规划（2020－2025年）》，执法执法案卷评查覆盖率100%。',
      '1、开展专项整治(重点是食品安全)，全年立案32件；',
    ],
  },
  { date: '2024年01月05日', outside: ['[纠错]'] },
);

/** Every text of a document by its address, as the edits address them. */
function textAt(doc: CheckDocument, place: string, paragraph: number): string {
  if (place === 'outside') return doc.outside[paragraph]!;
  return docTexts(doc).find((text) => text.place === place && text.paragraph === paragraph)!.text;
}

const unpaired = (text: string) => {
  const stack: string[] = [];
  let bad = 0;
  for (const char of text) {
    if ('“《（【〔'.includes(char)) stack.push(char);
    else if ('”》）】〕'.includes(char)) {
      if ('“《（【〔'['”》）】〕'.indexOf(char)] === stack.at(-1)) stack.pop();
      else bad++;
    }
  }
  return bad + stack.length;
};
const nestedTitles = (text: string) => (text.match(/《[^》]*《/g) ?? []).length;

type Fixable = Finding & Required<Pick<Finding, 'fix'>>;
const fixesOf = (doc: CheckDocument) =>
  runChecks(doc).findings.filter((finding): finding is Fixable => Boolean(finding.fix));
const fixable = fixesOf(DEFECTIVE);

/** What a quick fix must never do to the text around its match. */
function expectSafe(doc: CheckDocument, finding: Fixable) {
  const { place, paragraph } = finding.location;
  const before = textAt(doc, place, paragraph);
  const edits = finding.fix.edits;
  for (const edit of edits) {
    expect([edit.place, edit.paragraph]).toEqual([place, paragraph]);
    expect(edit.start >= 0 && edit.start <= edit.end && edit.end <= before.length).toBe(true);
  }
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  sorted.slice(1).forEach((edit, index) => expect(edit.start).toBeGreaterThanOrEqual(sorted[index]!.end));
  // A single edit stays within what the finding points at (an insertion may stand at its end).
  if (edits.length === 1) {
    expect(edits[0]!.start).toBeGreaterThanOrEqual(finding.location.start);
    expect(edits[0]!.end).toBeLessThanOrEqual(Math.max(finding.location.end, edits[0]!.start));
  }
  const after = applyEdits(before, edits);
  expect(after.slice(0, sorted[0]!.start)).toBe(before.slice(0, sorted[0]!.start));
  expect(after.slice(after.length - (before.length - sorted.at(-1)!.end))).toBe(before.slice(sorted.at(-1)!.end));
  // Applied to the document, the fix changes that one text and no other.
  const fixed = applyFix(doc, finding.fix);
  const changed = docTexts(fixed).filter((text, index) => text.text !== docTexts(doc)[index]!.text);
  expect(changed.map((text) => [text.place, text.paragraph, text.text])).toEqual(
    place === 'outside' ? [] : [[place, paragraph, after]],
  );
  expect(unpaired(after)).toBeLessThanOrEqual(unpaired(before));
  expect(nestedTitles(after)).toBeLessThanOrEqual(nestedTitles(before));
  expect((after.match(/《《|》》|〔〔|（（|））/g) ?? []).length).toBeLessThanOrEqual(
    (before.match(/《《|》》|〔〔|（（|））/g) ?? []).length,
  );
}

describe('every quick fix, applied on text with words around it', () => {
  it('covers the fixable rules', () => {
    expect(new Set(fixable.map((finding) => finding.id))).toEqual(
      new Set([
        'conversion-junk',
        'date-format',
        'halfwidth-punctuation',
        'heading-punctuation',
        'missing-colon',
        'numbering-style',
        'repeated-punctuation',
        'repeated-word',
        'straight-quotes',
        'stray-space',
        'term-form',
        'wording-form',
      ]),
    );
  });

  it.each(fixable.map((finding) => [`${finding.id} ${finding.excerpt}`, finding] as const))(
    '%s: changes only its own text and leaves it sound',
    (_, finding) => expectSafe(DEFECTIVE, finding),
  );

  it.skipIf(!hasSamples)('are as safe on the real sample reports', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const doc = readReportText(sampleText(prefix));
      for (const finding of fixesOf(doc)) expectSafe(doc, finding);
    }
  });

  it('leaves paired brackets paired when half-width ones are made full-width', () => {
    const finding = fixable.find(
      (candidate) => candidate.id === 'halfwidth-punctuation' && candidate.excerpt.includes('试行'),
    )!;
    const after = applyEdits(textAt(DEFECTIVE, finding.location.place, finding.location.paragraph), finding.fix.edits);
    expect(after).toContain('《实施办法（试行）》');
    expect(after).toContain('某政发(2023)5号');
  });
});

describe('parts that share a key', () => {
  it('give each text its own address, so a fix changes only the paragraph it was found in', () => {
    const doc = reportDoc({ measures: ['一、主要举措', '全年办理案件12件。'] });
    const twice: CheckDocument = {
      ...doc,
      parts: [
        ...doc.parts,
        { key: 'measures', heading: '二、其他工作', paragraphs: [{ text: '开展法制宣传活动8场。', heading: false }] },
      ],
    };
    const [finding] = fixesOf(twice).filter((candidate) => candidate.id === 'term-form');
    expect(finding!.location).toMatchObject({ place: 'measures', paragraph: 1 });
    const fixed = applyFix(twice, finding!.fix);
    expect(fixed.parts.map((part) => part.paragraphs.map((paragraph) => paragraph.text))).toEqual([
      ['全年办理案件12件。'],
      ['开展法治宣传活动8场。'],
    ]);
    expect(
      docTexts(twice)
        .filter((text) => text.heading && text.place === 'measures')
        .map((text) => text.paragraph),
    ).toEqual([-1, -2]);
  });
});
