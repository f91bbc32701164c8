import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../electron/export/docx/build-docx';
import { readEditedDocx } from '../../../electron/export/docx/read-edited-docx';
import { exportDocumentFromText } from '../../../shared/export/export-document';
import { FONT_PROFILES } from '../../../shared/export/font-profiles';
import {
  applyLeaderChanges,
  changePieces,
  leaderChanges,
  reportLines,
  sameReport,
} from '../../../shared/leader-edits/leader-changes';
import { readReportText } from '../../../shared/report/read-report-text';
import { editLikeWps } from '../../helpers/wps-edits';

const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'reports', 'clean-2024.txt'), 'utf8');

describe('导入修改稿: the leader edits the exported DOCX in WPS and it comes back', () => {
  const doc = exportDocumentFromText(readReportText(CLEAN));
  const body = doc.blocks.flatMap((block) =>
    block.kind === 'paragraph' && !block.lead && /。.+。$/.test(block.text) ? [block.text] : [],
  );
  // The deletion takes the last sentence out of a paragraph set in one run (no Chinese quotes splitting it).
  const deleteFrom = body.find((text) => !/[“”‘’—…]/.test(text))!;
  const [insertInto, commentOn, newAfter] = reportLines(doc).filter(
    (line) => line !== deleteFrom && line.length > 30 && line.endsWith('。'),
  ) as [string, string, string];
  const deleted = /[^。]+。$/.exec(deleteFrom)![0];
  const edits = {
    insertInto,
    inserted: '会后逐项督办落实。',
    deleteFrom,
    deleted,
    comment: { on: commentOn, text: '这段数字请再核对一遍' },
    newAfter,
    newText: '全年未发生因执法不当引发的行政复议被纠错案件。',
  };

  it('finds exactly the leader’s changes, and taking them all gives the edited text', async () => {
    expect(newAfter).toBeDefined();
    const exported = await buildDocx(doc, { profile: FONT_PROFILES.standard, draftMark: '讨论稿' });
    const edited = await readEditedDocx(await editLikeWps(exported, edits));
    // Before the changes, the file reads exactly as the report.
    expect(edited.map((paragraph) => paragraph.before).filter((text) => text !== '')).toEqual(reportLines(doc));

    const changes = leaderChanges(reportLines(doc), edited);
    expect(changes.map((change) => [change.kind, change.before, change.after])).toEqual(
      [
        ['changed', insertInto, insertInto + edits.inserted],
        ['changed', deleteFrom, deleteFrom.slice(0, -deleted.length)],
        ['comment', commentOn, commentOn],
        ['added', '', edits.newText],
      ].sort((a, b) => reportLines(doc).indexOf(a[1]! || newAfter) - reportLines(doc).indexOf(b[1]! || newAfter)),
    );
    expect(changes.find((change) => change.kind === 'comment')!.comments).toEqual(['这段数字请再核对一遍']);
    // The changed sentence is the highlighted piece.
    expect(
      changes.find((change) => change.before === insertInto)!.pieces.filter((piece) => piece.kind !== 'same'),
    ).toEqual([{ kind: 'added', text: edits.inserted }]);

    const all = applyLeaderChanges(reportLines(doc), changes, new Set(changes.map((change) => change.id)));
    expect(all).toEqual(edited.map((paragraph) => paragraph.after.trim()).filter(Boolean));
    // Leaving a change leaves the report's line.
    const none = applyLeaderChanges(reportLines(doc), changes, new Set());
    expect(none).toEqual(reportLines(doc));
  });

  it('highlights the changed sentences only', () => {
    expect(changePieces('第一句。第二句。第三句。', '第一句。第二句改了。第三句。')).toEqual([
      { kind: 'same', text: '第一句。' },
      { kind: 'removed', text: '第二句。' },
      { kind: 'added', text: '第二句改了。' },
      { kind: 'same', text: '第三句。' },
    ]);
  });

  it('warns when the file is another organization’s or another year’s report', () => {
    expect(sameReport(doc.title, doc.title)).toEqual({ same: true });
    expect(sameReport(doc.title, '清河县卫生健康局关于2024年度法治政府建设情况的报告').same).toBe(false);
    expect(sameReport(doc.title, '清河县教育局关于2023年度法治政府建设情况的报告').reason).toContain('2023');
  });
});
