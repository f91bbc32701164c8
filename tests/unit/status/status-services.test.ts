import { describe, expect, it } from 'vitest';
import { createRouter } from '../../../electron/ipc/create-router';
import type { Services } from '../../../electron/services/open-services';
import type { NewReview } from '../../../shared/status/review';
import { partJson } from '../../helpers/part-json';
import { SIPING_2024, openTestServices, testHandlers } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const MINUTE = 60_000;
/** How the report went out: 标记为已报送 asks for both. */
const SENT = { happenedOn: '2025-01-10', channel: 'document-system' } as const;

const passed = (stage: NewReview['stage'], reviewer = '王局长'): NewReview => ({
  stage,
  reviewer,
  reviewedOn: '2025-02-20',
  result: 'passed',
  comment: '',
});

/** Moves the report to 已定稿 the way the clerk does: discussion, review, the three sign-offs. */
function finalize(services: Services, reportId: string) {
  expect(services.statuses.move(reportId, 'circulate', '')).toMatchObject({ ok: true });
  expect(services.statuses.move(reportId, 'send', '')).toMatchObject({ ok: true });
  for (const stage of ['first', 'second', 'final'] as const)
    expect(services.reviews.record(reportId, passed(stage))).toMatchObject({ ok: true });
  expect(services.statuses.move(reportId, 'finalize', '')).toMatchObject({ ok: true, value: { status: 'final' } });
}

function withReport() {
  const dataDir = tempDir();
  const opened = openTestServices(dataDir);
  const report = opened.services.reports.create(SIPING_2024);
  opened.services.parts.save(report.id, 'measures', partJson('全年开展法治培训12次。'));
  return { ...opened, dataDir, reportId: report.id };
}

describe('status moves in the services', () => {
  it('records each move with its time and note, and refuses moves the status does not allow', () => {
    const { services, reportId, advance, close } = withReport();
    expect(services.statuses.move(reportId, 'finalize', '')).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('不能“审签定稿”') },
    });
    services.statuses.move(reportId, 'circulate', '');
    advance(MINUTE);
    services.statuses.move(reportId, 'send', '');
    expect(services.statuses.move(reportId, 'finalize', '')).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('终审') },
    });
    advance(MINUTE);
    expect(services.statuses.move(reportId, 'return', '数据需要核实')).toMatchObject({
      ok: true,
      value: { status: 'discussion' },
    });
    const history = services.statuses.history(reportId);
    expect(history.ok && history.value.map(({ move, from, to, note }) => ({ move, from, to, note }))).toEqual([
      { move: 'circulate', from: 'draft', to: 'discussion', note: '' },
      { move: 'send', from: 'discussion', to: 'review', note: '' },
      { move: 'return', from: 'review', to: 'discussion', note: '数据需要核实' },
    ]);
    expect(history.ok && history.value.map((change) => change.createdAt)).toEqual([
      '2025-01-10T08:00:00.000Z',
      '2025-01-10T08:01:00.000Z',
      '2025-01-10T08:02:00.000Z',
    ]);
    close();
  });
});

describe('freezing a final report', () => {
  it('refuses every change to the text with a typed failure, through the services and over IPC', async () => {
    const { services, reportId, dataDir, close } = withReport();
    services.indicators.save(reportId, { key: 'penalty_cases', value: 3, notApplicable: false });
    const revisions = services.revisions.list(reportId);
    finalize(services, reportId);
    const frozen = { ok: false, error: { code: 'frozen', message: '报告已定稿，如需修改请先“重新打开”。' } };

    expect(services.parts.save(reportId, 'measures', partJson('偷偷改一句。'))).toEqual(frozen);
    expect(
      services.reports.updateHeader(reportId, { title: '新标题', addressee: '', signature: '', issuedOn: null }),
    ).toEqual(frozen);
    expect(services.reports.rename(reportId, '新标题')).toEqual(frozen);
    expect(services.indicators.save(reportId, { key: 'penalty_cases', value: 9, notApplicable: false })).toEqual(
      frozen,
    );
    expect(revisions.ok && services.revisions.restore(reportId, revisions.value[0]!.id)).toEqual(frozen);
    const router = createRouter(testHandlers(services, dataDir));
    expect(
      await router.invoke('parts:save', { reportId, key: 'measures', contentJson: partJson('经由窗口修改。') }),
    ).toEqual(frozen);

    const report = services.reports.get(reportId);
    expect(report.ok && report.value.parts.find((part) => part.key === 'measures')?.plainText).toBe(
      '全年开展法治培训12次。',
    );
    expect(report.ok && report.value.title).toBe(SIPING_2024.title);
    close();
  });

  it('opens the text again only through a recorded 重新打开, which starts a new round of sign-offs', () => {
    const { services, reportId, advance, close } = withReport();
    finalize(services, reportId);
    advance(MINUTE);
    expect(services.statuses.move(reportId, 'reopen', '')).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(services.statuses.move(reportId, 'reopen', '领导要求补充数据')).toMatchObject({
      ok: true,
      value: { status: 'discussion' },
    });
    expect(services.parts.save(reportId, 'measures', partJson('全年开展法治培训15次。'))).toMatchObject({ ok: true });
    const history = services.statuses.history(reportId);
    expect(history.ok && history.value.at(-1)).toMatchObject({
      move: 'reopen',
      from: 'final',
      to: 'discussion',
      note: '领导要求补充数据',
    });

    advance(MINUTE);
    services.statuses.move(reportId, 'send', '');
    // The earlier 终审 was for another text: finalizing again needs a new one.
    expect(services.statuses.move(reportId, 'finalize', '')).toMatchObject({ ok: false, error: { code: 'refused' } });
    const listed = services.reviews.list(reportId);
    expect(listed.ok && listed.value.map((review) => review.current)).toEqual([false, false, false]);
    close();
  });

  it('keeps a submitted report locked until the mark is undone and the report reopened', () => {
    const { services, reportId, close } = withReport();
    finalize(services, reportId);
    services.statuses.move(reportId, 'submit', '', SENT);
    expect(services.parts.save(reportId, 'measures', partJson('改。'))).toMatchObject({
      ok: false,
      error: { code: 'frozen', message: expect.stringContaining('已报送') },
    });
    expect(services.statuses.move(reportId, 'reopen', '改')).toMatchObject({ ok: false, error: { code: 'refused' } });
    close();
  });
});

describe('review records', () => {
  it('are kept in the database, and 保密审查 lists the possible personal data it was shown', () => {
    const { services, reportId, dataDir, close } = withReport();
    services.parts.save(reportId, 'leadership', partJson('联系人：张老师，电话13912345678。'));
    expect(services.reviews.record(reportId, passed('first'))).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('送审签') },
    });
    finalize(services, reportId);
    services.statuses.move(reportId, 'submit', '', SENT);
    expect(services.statuses.move(reportId, 'publish', '')).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('保密审查') },
    });
    expect(
      services.reviews.record(reportId, {
        ...passed('confidentiality', '保密办 赵六'),
        comment: '电话已核实为办公电话',
      }),
    ).toMatchObject({ ok: true });
    expect(services.statuses.move(reportId, 'publish', '')).toMatchObject({ ok: true, value: { status: 'published' } });
    close();

    const reopened = openTestServices(dataDir);
    const listed = reopened.services.reviews.list(reportId);
    expect(
      listed.ok && listed.value.map(({ stage, reviewer, result, current }) => ({ stage, reviewer, result, current })),
    ).toEqual([
      { stage: 'first', reviewer: '王局长', result: 'passed', current: true },
      { stage: 'second', reviewer: '王局长', result: 'passed', current: true },
      { stage: 'final', reviewer: '王局长', result: 'passed', current: true },
      { stage: 'confidentiality', reviewer: '保密办 赵六', result: 'passed', current: true },
    ]);
    const confidentiality = listed.ok ? listed.value.at(-1)! : undefined;
    expect(confidentiality).toMatchObject({
      comment: '电话已核实为办公电话',
      reviewedOn: '2025-02-20',
      privacyFindings: ['“13912345678”可能是手机号码'],
    });
    reopened.close();
  });
});

describe('deadlines and the dashboard', () => {
  it("takes an organization's own dates for all its reports, kept across restarts, and goes back to the defaults", () => {
    const { services, reportId, dataDir, close } = withReport();
    expect(services.deadlines.settings(reportId)).toMatchObject({
      ok: true,
      value: { custom: false, deadlines: { submit: { date: '2025-03-01', daysLeft: 50 } } },
    });
    expect(services.deadlines.setRules(reportId, { submitBy: '01-31', publishBy: '03-15' })).toMatchObject({
      ok: true,
      value: { custom: true, deadlines: { submit: { date: '2025-01-31', level: 'ok' } } },
    });
    const sibling = services.reports.create({ ...SIPING_2024, title: '副本' });
    close();
    const reopened = openTestServices(dataDir, new Date('2025-01-20T08:00:00Z'));
    expect(reopened.services.deadlines.settings(sibling.id)).toMatchObject({
      ok: true,
      value: { rules: { submitBy: '01-31' }, deadlines: { submit: { daysLeft: 11, level: 'amber' } } },
    });
    expect(reopened.services.deadlines.setRules(reportId, null)).toMatchObject({
      ok: true,
      value: { custom: false, rules: { submitBy: '03-01' } },
    });
    reopened.close();
  });

  it("shows this year's report with its findings, parts, next action and last year's figures", () => {
    const { services, reportId, advance, close } = withReport();
    const lastYear = services.reports.create({ ...SIPING_2024, year: 2023, title: '2023年度报告' });
    services.indicators.save(lastYear.id, { key: 'penalty_cases', value: 4, notApplicable: false });
    services.indicators.save(reportId, { key: 'penalty_cases', value: 6, notApplicable: false });
    const dashboard = services.overviews.dashboard('2025-02-20')?.focus;
    expect(dashboard).toMatchObject({
      report: { id: reportId, status: 'draft' },
      deadlines: { submit: { daysLeft: 9, level: 'amber' }, publish: { daysLeft: 40, level: 'ok' } },
      nextAction: { text: '补写不足和原因', part: 'shortcomings' },
      indicators: {
        values: [{ key: 'penalty_cases', value: 6 }],
        previous: { year: 2023, values: [{ key: 'penalty_cases', value: 4 }] },
      },
    });
    expect(dashboard!.findings.error).toBeGreaterThan(0);
    expect(dashboard!.findings.openErrors).toBe(dashboard!.findings.error);
    expect(dashboard!.parts.find((part) => part.key === 'measures')).toEqual({
      key: 'measures',
      chars: 12,
      targetChars: 1500,
      required: true,
    });

    finalize(services, reportId);
    expect(services.overviews.dashboard('2025-02-20')?.focus.nextAction.text).toBe('导出报送版');
    // An export keeps a revision; one made after 定稿 means 报送版 exists.
    services.revisions.take(reportId, 'export', new Date(advance(MINUTE)).toISOString());
    expect(services.overviews.dashboard('2025-02-20')?.focus.nextAction.text).toBe('标记为已报送');
    close();
  });
});
