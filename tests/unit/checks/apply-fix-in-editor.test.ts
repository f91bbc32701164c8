import type { LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../renderer/features/checks/finding-in-editor';
import { applyFix } from '../../../shared/checks/apply-fix';
import { docTexts } from '../../../shared/checks/doc-texts';
import type { PartKey } from '../../../shared/outline/part-key';
import { headlessPart, partLines } from '../../helpers/headless-part';
import { runChecks } from '../../../shared/checks/run-checks';
import { reportDoc } from './report-doc';

// Sentences with several defects each, so one fix makes several edits in one block.
const LINES = [
  '全面推行"三项制度" ，持证执法人员18名 ，依据《法治政府建设与责任落实督查工作规定》开展自查。',
  '印发《实施办法(试行)》和某政发(2023)5号,推进八五普法,开展法制宣传活动。。',
];

describe('a fix applied in the part editor', () => {
  it('changes the text exactly as applyFix does on the checked document', () => {
    const doc = reportDoc({ measures: ['一、2023年度推进法治政府建设的主要举措和成效', ...LINES] });
    const fixable = runChecks(doc).findings.filter((finding) => finding.fix && finding.location.place === 'measures');
    expect(fixable.length).toBeGreaterThan(2);
    expect(fixable.some((finding) => finding.fix!.edits.length > 1)).toBe(true);
    for (const finding of fixable) {
      // The editor holds the paragraphs only, so a paragraph's block index is its index among them.
      const editor: LexicalEditor = headlessPart(LINES);
      applyFixes(new Map<PartKey, LexicalEditor>([['measures', editor]]), [finding.fix!]);
      editor.read(() => {}); // commits the update applyFixes made, as the next render would
      const expected = docTexts(applyFix(doc, finding.fix!))
        .filter((text) => text.place === 'measures' && text.paragraph >= 0)
        .map((text) => text.text);
      expect(partLines(editor), finding.id).toEqual(expected);
    }
  });
});
