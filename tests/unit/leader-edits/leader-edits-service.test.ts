import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../electron/export/docx/build-docx';
import { exportDocumentFromReport } from '../../../shared/export/export-document';
import { FONT_PROFILES } from '../../../shared/export/font-profiles';
import { reportLines } from '../../../shared/leader-edits/leader-changes';
import { partBlocks } from '../../../shared/report/part-content';
import { partJson } from '../../helpers/part-json';
import { SIPING_2024, openTestServices } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';
import { editLikeWps } from '../../helpers/wps-edits';

const tempDir = useTempDirs();

const FIRST = '局党组全年召开会议专题研究法治工作四次。会议纪要印发各股室。';
const SECOND = '全年审查规范性文件六件。审查意见全部采纳。';
const THIRD = '全年办理行政复议案件两件，均在法定期限内办结。';

function setUp() {
  const opened = openTestServices(tempDir());
  const { id } = opened.services.reports.create(SIPING_2024);
  opened.services.reports.updateHeader(id, {
    title: SIPING_2024.title,
    addressee: '市委、市政府',
    signature: '四平市教育局',
    issuedOn: '2025-01-07',
  });
  opened.services.parts.save(
    id,
    'measures',
    partJson({ heading: 2, text: '加强组织领导' }, FIRST, { lead: 2, text: '规范文件管理。', body: SECOND }, THIRD),
  );
  return { ...opened, id };
}

async function exported(services: ReturnType<typeof setUp>['services'], id: string) {
  const report = services.reports.get(id);
  if (!report.ok) throw new Error(report.error.message);
  const doc = exportDocumentFromReport(report.value);
  return { doc, docx: await buildDocx(doc, { profile: FONT_PROFILES.standard }) };
}

describe('导入修改稿 into a stored report', () => {
  it('shows the leader’s changes, takes them all into the report and keeps both states as revisions', async () => {
    const { services, id, close } = setUp();
    const { docx } = await exported(services, id);
    const edited = await editLikeWps(docx, {
      insertInto: THIRD,
      inserted: '无被纠错案件。',
      deleteFrom: FIRST,
      deleted: '会议纪要印发各股室。',
      comment: { on: `（二）规范文件管理。${SECOND}`, text: '六件是否准确？' },
      newAfter: '（一）加强组织领导',
      newText: '主要负责人带头讲法治课一次。',
    });
    const preview = await services.leaderEdits.preview(id, edited);
    expect(preview.ok && preview.value.warning).toBeFalsy();
    const changes = preview.ok ? preview.value.changes : [];
    expect(changes.map((change) => change.kind)).toEqual(['added', 'changed', 'comment', 'changed']);

    const accepted = await services.leaderEdits.accept(
      id,
      edited,
      changes.map((change) => change.id),
    );
    expect(accepted).toEqual({ ok: true, value: { applied: 3, skipped: [] } });
    const after = await exported(services, id);
    const editedLines = reportLines((await exported(services, id)).doc);
    expect(editedLines).toContain('局党组全年召开会议专题研究法治工作四次。');
    expect(editedLines).toContain('主要负责人带头讲法治课一次。');
    expect(editedLines).toContain(`${THIRD}无被纠错案件。`);
    // Structure survives: the heading, the lead sentence and its level, the numbering.
    const report = services.reports.get(id);
    const blocks = report.ok ? partBlocks(report.value.parts.find((part) => part.key === 'measures')!.contentJson) : [];
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(blocks[3]).toMatchObject({ lead: { number: '（二）', text: '规范文件管理。' }, text: SECOND });
    expect(after.doc.blocks.length).toBeGreaterThan(0);
    const history = services.revisions.list(id);
    expect(history.ok && history.value.map((revision) => revision.reason).slice(0, 2)).toEqual([
      'leader-edits',
      'before-import',
    ]);
    close();
  });

  it('refuses another organization’s file until the clerk confirms, and changes nothing meanwhile', async () => {
    const { services, id, close } = setUp();
    const { docx } = await exported(services, id);
    const other = Buffer.from(docx);
    const zip = await (await import('jszip')).default.loadAsync(other);
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('四平市教育局关于', '梨树县卫生健康局关于'));
    const foreign = await zip.generateAsync({ type: 'nodebuffer' });
    const preview = await services.leaderEdits.preview(id, foreign);
    expect(preview.ok && preview.value.warning).toContain('单位不同');
    const before = services.reports.get(id);
    const refused = await services.leaderEdits.accept(id, foreign, []);
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringContaining('单位不同') } });
    expect(services.reports.get(id)).toEqual(before);
    close();
  });
});
