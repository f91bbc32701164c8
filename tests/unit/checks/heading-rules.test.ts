import { describe, expect, it } from 'vitest';
import { applyFix } from '../../../shared/checks/apply-fix';
import type { CheckDocument, DocParagraph } from '../../../shared/checks/check-document';
import { headingRules } from '../../../shared/checks/rules/heading-rules';
import { CHECK_DATA_2025 } from '../../../shared/checks/check-data-2025';

const doc = (paragraphs: DocParagraph[]): CheckDocument => ({
  year: 2025,
  title: '',
  addressee: '',
  outside: [],
  parts: [{ key: 'measures', heading: '一、主要举措和成效', paragraphs }],
  signature: '',
  date: '',
});
const doubled = (document: CheckDocument) => headingRules[0]!.run(document, CHECK_DATA_2025);

describe('numbering-doubled', () => {
  it('flags a number typed into an app heading, whose number is computed, and drops it', () => {
    const document = doc([{ text: '（一）加强组织领导', heading: true, numbered: true }]);
    const [finding] = doubled(document);
    expect(finding).toMatchObject({ severity: 'error', location: { paragraph: 0, start: 0, end: 3 } });
    expect(finding!.message).toContain('（一）（一）加强组织领导');
    expect(applyFix(document, finding!.fix!).parts[0]!.paragraphs[0]!.text).toBe('加强组织领导');
  });

  it('flags two typed numbers of one level in a row in a file, keeping the first', () => {
    const document = doc([{ text: '（二）（二）严格规范执法', heading: true }]);
    const [finding] = doubled(document);
    expect(applyFix(document, finding!.fix!).parts[0]!.paragraphs[0]!.text).toBe('（二）严格规范执法');
  });

  it('leaves a typed number in a file heading, a body paragraph and a sub-list alone', () => {
    expect(
      doubled(
        doc([
          { text: '（一）加强组织领导', heading: true },
          { text: '全年召开会议4次。', heading: false, numbered: false },
          { text: '（一）1.健全制度', heading: true },
        ]),
      ),
    ).toEqual([]);
  });
});
