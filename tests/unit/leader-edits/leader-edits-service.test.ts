import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/ipc/create-router';
import type { Services } from '../../../electron/services/open-services';
import type { LeaderEditRow } from '../../../shared/leader-edits/leader-edits-proposal';
import { partBlocks } from '../../../shared/report/part-content';
import { revisionLabel } from '../../../shared/report/report-snapshot';
import type { NewReview } from '../../../shared/status/review';
import { leaderEditedDocx } from '../../helpers/leader-edited-docx';
import { useTempDirs } from '../../helpers/temp-dir';
import { SIPING_2024, createSipingReport, openTestServices, testHandlers } from '../../helpers/test-services';

const tempDir = useTempDirs();
const OPTIONS = { profile: 'standard', boldLevel3: false, sealed: false } as const;

const text = (value: string) => ({
  type: 'text',
  text: value,
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  version: 1,
});
const element = (type: string, children: object[], extra: object = {}) => ({
  type,
  children,
  direction: null,
  format: '',
  indent: 0,
  version: 1,
  ...extra,
});
const CARRIED = '坚持领导干部学法制度，全年集体学法四次。';
const MEASURES = JSON.stringify({
  root: element('root', [
    element('section-heading', [text('加强组织领导')], { level: 2 }),
    element('paragraph', [text('聘请律师担任法律顾问，全年审查合同十二份。')]),
    element('paragraph', [
      element('lead-sentence', [text('完善议事制度。')], { level: 3 }),
      text('修订局务会议规则三项。'),
    ]),
    element('paragraph', [text(CARRIED)], { $: { carryover: { original: CARRIED, kept: [] } } }),
    element('section-heading', [text('推进严格规范公正文明执法')], { level: 2 }),
    element('paragraph', [text('全年办理行政复议案件五件。另有两件经调解结案。')]),
  ]),
});

async function setUp() {
  const dataDir = tempDir();
  const opened = openTestServices(dataDir);
  const router = createRouter(testHandlers(opened.services, dataDir));
  const id = createSipingReport(opened.services);
  opened.services.parts.save(id, 'measures', MEASURES);
  const exported = await router.invoke('export:docx', { reportId: id, edition: 'submission', ...OPTIONS });
  if (!exported.ok || !exported.value) throw new Error('export failed');
  return { ...opened, router, id, docx: readFileSync((exported.value as { path: string }).path) };
}

/** The leader's edits as WPS saves them with 修订 on, plus a 批注 and a paragraph typed without 修订. */
const leaderEdits = (docx: Buffer) =>
  leaderEditedDocx(docx, {
    insert: [{ in: '聘请律师担任法律顾问，全年审查合同十二份。', text: '同时开展合同审查培训一次。' }],
    delete: [{ in: '全年办理行政复议案件五件。另有两件经调解结案。', text: '另有两件经调解结案。' }],
    comment: [{ on: '1.完善议事制度。修订局务会议规则三项。', text: '规则名称请写全。' }],
    add: [{ after: '（二）推进严格规范公正文明执法', text: '严格执行重大行政决策程序。' }],
  });

const file = (id: string, bytes: Buffer, name = '领导修改稿.docx') => ({
  reportId: id,
  name,
  bytesBase64: bytes.toString('base64'),
});
const joined = (segments: LeaderEditRow['after']) => (segments ?? []).map((segment) => segment.text).join('');
const changes = (rows: LeaderEditRow[]) =>
  rows
    .filter((row) => row.change)
    .map((row) => ({
      kind: row.change!.kind,
      tracked: row.change!.tracked,
      before: joined(row.before),
      after: joined(row.after),
    }));

async function proposalOf(services: Services, id: string, bytes: Buffer) {
  const read = await services.leaderEdits.read(file(id, bytes));
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

describe('导入修改稿', () => {
  it('lists exactly the leader’s changes, with the comment beside its paragraph, and takes them all', async () => {
    const { services, id, docx, close } = await setUp();
    const edited = await leaderEdits(docx);
    const proposal = await proposalOf(services, id, edited);
    expect(proposal.foreignWarning).toBeNull();
    expect(changes(proposal.rows)).toEqual([
      {
        kind: 'edit',
        tracked: true,
        before: '聘请律师担任法律顾问，全年审查合同十二份。',
        after: '聘请律师担任法律顾问，全年审查合同十二份。同时开展合同审查培训一次。',
      },
      { kind: 'insert', tracked: false, before: '', after: '严格执行重大行政决策程序。' },
      {
        kind: 'edit',
        tracked: true,
        before: '全年办理行政复议案件五件。另有两件经调解结案。',
        after: '全年办理行政复议案件五件。',
      },
    ]);
    const tracked = proposal.rows.find((row) => row.change?.tracked)!;
    expect(tracked.change!.authors).toEqual(['王局长']);
    // Only the sentence that changed is highlighted.
    expect(tracked.after).toEqual([
      { text: '聘请律师担任法律顾问，全年审查合同十二份。', changed: false },
      { text: '同时开展合同审查培训一次。', changed: true },
    ]);
    const commented = proposal.rows.filter((row) => row.comments.length);
    expect(commented.map((row) => [joined(row.before), row.comments, row.change])).toEqual([
      ['1.完善议事制度。修订局务会议规则三项。', [{ author: '王局长', text: '规则名称请写全。' }], null],
    ]);

    const accepted = await services.leaderEdits.accept({
      ...file(id, edited),
      reportUpdatedAt: proposal.reportUpdatedAt,
      rowIds: proposal.rows.filter((row) => row.change).map((row) => row.id),
      confirmForeign: false,
    });
    expect(accepted.ok).toBe(true);
    const report = services.reports.get(id);
    if (!report.ok) throw new Error('no report');
    const blocks = partBlocks(report.value.parts.find((part) => part.key === 'measures')!.contentJson);
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, number: '（一）', text: '加强组织领导' },
      { kind: 'paragraph', lead: null, text: '聘请律师担任法律顾问，全年审查合同十二份。同时开展合同审查培训一次。' },
      { kind: 'paragraph', lead: { level: 3, number: '1.', text: '完善议事制度。' }, text: '修订局务会议规则三项。' },
      { kind: 'paragraph', lead: null, text: CARRIED, carriedOver: true },
      { kind: 'heading', level: 2, number: '（二）', text: '推进严格规范公正文明执法' },
      { kind: 'paragraph', lead: null, text: '严格执行重大行政决策程序。' },
      { kind: 'paragraph', lead: null, text: '全年办理行政复议案件五件。' },
    ]);
    // The report now reads as the edited file does: nothing left to take.
    expect(changes((await proposalOf(services, id, edited)).rows)).toEqual([]);
    const history = services.revisions.list(id);
    expect(history.ok && history.value.slice(0, 3).map((entry) => entry.reason)).toEqual([
      'leader-edits',
      'before-leader-edits',
      'export',
    ]);
    // The history names it with the day the leader's edits came in.
    expect(history.ok && revisionLabel('leader-edits', history.value[0]!.createdAt)).toBe(
      '领导修改稿（2025年1月10日）',
    );
    close();
  });

  it('takes only the changes the clerk chose', async () => {
    const { services, id, docx, close } = await setUp();
    const edited = await leaderEdits(docx);
    const proposal = await proposalOf(services, id, edited);
    const insertion = proposal.rows.find((row) => row.change?.kind === 'insert')!;
    const accepted = await services.leaderEdits.accept({
      ...file(id, edited),
      reportUpdatedAt: proposal.reportUpdatedAt,
      rowIds: [insertion.id],
      confirmForeign: false,
    });
    expect(accepted.ok).toBe(true);
    const texts = partBlocks(
      (accepted.ok ? accepted.value : undefined)!.parts.find((part) => part.key === 'measures')!.contentJson,
    ).map((block) => (block.kind === 'paragraph' ? block.text : ''));
    expect(texts).toContain('严格执行重大行政决策程序。');
    expect(texts).toContain('聘请律师担任法律顾问，全年审查合同十二份。');
    expect(texts).toContain('全年办理行政复议案件五件。另有两件经调解结案。');
    close();
  });

  it('warns before taking a file of another organization, and takes it once confirmed', async () => {
    const { services, docx, close } = await setUp();
    const other = services.reports.create({
      ...SIPING_2024,
      organizationName: '四平市民政局',
      title: '四平市民政局关于2024年度法治政府建设情况的报告',
    });
    const proposal = await proposalOf(services, other.id, docx);
    expect(proposal.foreignWarning).toContain('四平市教育局');
    const input = {
      ...file(other.id, docx),
      reportUpdatedAt: proposal.reportUpdatedAt,
      rowIds: proposal.rows.filter((row) => row.change && !row.change.notTakeable).map((row) => row.id),
    };
    const refused = await services.leaderEdits.accept({ ...input, confirmForeign: false });
    expect(refused).toMatchObject({ ok: false, error: { message: proposal.foreignWarning } });
    expect(services.revisions.list(other.id)).toEqual({ ok: true, value: [] });
    expect(await services.leaderEdits.accept({ ...input, confirmForeign: true })).toMatchObject({ ok: true });
    close();
  });

  it('warns about another year', async () => {
    const { services, docx, close } = await setUp();
    const next = services.reports.create({
      ...SIPING_2024,
      year: 2025,
      title: '四平市教育局关于2025年度法治政府建设情况的报告',
    });
    expect((await proposalOf(services, next.id, docx)).foreignWarning).toContain('2024年');
    close();
  });

  it('refuses a frozen report, and a file that is not a .docx, in Chinese', async () => {
    const { services, id, docx, close } = await setUp();
    const edited = await leaderEdits(docx);
    const proposal = await proposalOf(services, id, edited);
    const notDocx = await services.leaderEdits.read(file(id, Buffer.from('不是文档'), '修改稿.docx'));
    expect(notDocx).toMatchObject({ ok: false, error: { message: expect.stringContaining('不是有效的 Word 文档') } });
    const encrypted = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    expect(await services.leaderEdits.read(file(id, encrypted, '修改稿.docx'))).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('加了密码') },
    });
    const passed = (stage: NewReview['stage']): NewReview => ({
      stage,
      reviewer: '王局长',
      reviewedOn: '2025-02-20',
      result: 'passed',
      comment: '',
    });
    services.statuses.move(id, 'circulate', '');
    services.statuses.move(id, 'send', '');
    for (const stage of ['first', 'second', 'final'] as const) services.reviews.record(id, passed(stage));
    expect(services.statuses.move(id, 'finalize', '')).toMatchObject({ ok: true });
    const refused = await services.leaderEdits.accept({
      ...file(id, edited),
      reportUpdatedAt: proposal.reportUpdatedAt,
      rowIds: proposal.rows.map((row) => row.id),
      confirmForeign: false,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'frozen' } });
    expect(await services.leaderEdits.read(file(id, edited))).toMatchObject({ ok: false, error: { code: 'frozen' } });

    close();
  });
});

describe('hidden text in the leader’s file', () => {
  it('lists it as 原文件中有隐藏文字, and shows report text set hidden as a change 在修改稿中被设为隐藏', async () => {
    const { services, id, docx, close } = await setUp();
    const edited = await leaderEditedDocx(docx, {
      hide: [
        { in: '全年办理行政复议案件五件。另有两件经调解结案。', text: '另有两件经调解结案。', via: 'style' },
        {
          in: '聘请律师担任法律顾问，全年审查合同十二份。',
          text: '聘请律师担任法律顾问，全年审查合同十二份。',
          via: 'run',
        },
      ],
      note: [{ after: '1.完善议事制度。修订局务会议规则三项。', text: '请办公室核对会议记录后再报。' }],
    });
    const proposal = await proposalOf(services, id, edited);
    expect(proposal.hidden).toEqual([
      { text: '聘请律师担任法律顾问，全年审查合同十二份。', near: '' },
      { text: '请办公室核对会议记录后再报。', near: '' },
      { text: '另有两件经调解结案。', near: '全年办理行政复议案件五件。' },
    ]);
    expect(
      proposal.rows
        .filter((row) => row.change)
        .map((row) => [row.change!.kind, joined(row.before), joined(row.after), row.change!.reason]),
    ).toEqual([
      ['delete', '聘请律师担任法律顾问，全年审查合同十二份。', '', '在修改稿中被设为隐藏'],
      ['edit', '全年办理行政复议案件五件。另有两件经调解结案。', '全年办理行政复议案件五件。', '在修改稿中被设为隐藏'],
    ]);
    // The hidden note is no paragraph the leader added: nothing of it can be taken into the report.
    expect(JSON.stringify(proposal.rows)).not.toContain('请办公室核对');
    close();
  });
});
