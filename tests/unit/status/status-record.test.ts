import { describe, expect, it } from 'vitest';
import type { NewReview } from '../../../shared/status/review';
import { partJson } from '../../helpers/part-json';
import { SIPING_2024, openTestServices } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

// Issue 16 points 10–13, in the services: the dashboard's choice, a past report in one step, changes
// after a sign-off, and when and how a report was sent.
const tempDir = useTempDirs();
const MINUTE = 60_000;

const passed = (stage: NewReview['stage']): NewReview => ({
  stage,
  reviewer: '办公室 张科长',
  reviewedOn: '2025-01-10',
  result: 'passed',
  comment: '',
});

function withReport(start?: Date) {
  const opened = openTestServices(tempDir(), start);
  const report = opened.services.reports.create(SIPING_2024);
  opened.services.parts.save(report.id, 'measures', partJson('全年开展法治培训12次。'));
  return { ...opened, reportId: report.id };
}

const moves = (history: { ok: boolean; value?: unknown }) =>
  (history.ok ? (history.value as { move: string; from: string; to: string }[]) : []).map(
    ({ move, from, to }) => `${move}:${from}→${to}`,
  );

describe('标记为已报送 (point 13)', () => {
  it('needs the day and the way it was sent, keeps both, and refuses a day still to come', () => {
    const { services, reportId, close } = withReport();
    services.statuses.move(reportId, 'circulate', '');
    services.statuses.move(reportId, 'send', '');
    for (const stage of ['first', 'second', 'final'] as const) services.reviews.record(reportId, passed(stage));
    services.statuses.move(reportId, 'finalize', '');

    expect(services.statuses.move(reportId, 'submit', '')).toMatchObject({
      ok: false,
      error: { code: 'refused', message: '请填写报送日期。' },
    });
    expect(services.statuses.move(reportId, 'submit', '', { happenedOn: '2025-01-09' })).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('报送方式') },
    });
    expect(
      services.statuses.move(reportId, 'submit', '', { happenedOn: '2025-01-11', channel: 'paper' }),
    ).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('还没到') } });
    expect(
      services.statuses.move(reportId, 'submit', '', { happenedOn: '2025-01-09', channel: 'document-system' }),
    ).toMatchObject({ ok: true, value: { status: 'submitted' } });
    const history = services.statuses.history(reportId);
    expect(history.ok && history.value.at(-1)).toMatchObject({
      move: 'submit',
      happenedOn: '2025-01-09',
      channel: 'document-system',
    });
    expect(history.ok && history.value[0]).toMatchObject({ move: 'circulate', happenedOn: null, channel: null });
    close();
  });
});

describe('这是往年已报送的报告 (point 11)', () => {
  it('records an old report as 已公开 in one move of its own, with its day and no sign-offs', () => {
    const { services, close } = withReport();
    const old = services.reports.create({ ...SIPING_2024, year: 2022, title: '2022年度报告' });
    expect(
      services.statuses.recordPast(old.id, { to: 'published', happenedOn: '2023-03-20', channel: 'email' }),
    ).toMatchObject({ ok: true, value: { status: 'published' } });
    const history = services.statuses.history(old.id);
    expect(moves(history)).toEqual(['record-past:draft→published']);
    expect(history.ok && history.value[0]).toMatchObject({ happenedOn: '2023-03-20', channel: 'email' });
    expect(services.reviews.list(old.id)).toEqual({ ok: true, value: [] });
    // Nothing left to do: no deadline is overdue any more.
    expect(services.deadlines.forReport(old.id)).toMatchObject({
      submit: { level: 'done' },
      publish: { level: 'done' },
    });
    close();
  });

  it('is refused before the deadline, for a day outside the year after, and as an ordinary move', () => {
    const { services, reportId, close } = withReport();
    // 2024's report on 10 January 2025: still this year's job, through the sign-offs.
    expect(services.statuses.recordPast(reportId, { to: 'submitted', happenedOn: '2025-01-05' })).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('还没过') },
    });
    const old = services.reports.create({ ...SIPING_2024, year: 2022, title: '2022年度报告' });
    expect(services.statuses.recordPast(old.id, { to: 'submitted', happenedOn: '2022-12-30' })).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('2023 年才能报送') },
    });
    expect(services.statuses.recordPast(old.id, { to: 'submitted', happenedOn: '2025-02-01' })).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('还没到') },
    });
    expect(services.statuses.recordPast(old.id, { to: 'submitted', happenedOn: '2023-2-1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(services.statuses.move(old.id, 'record-past', '')).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(services.statuses.history(old.id)).toEqual({ ok: true, value: [] });
    close();
  });
});

describe('changes after a sign-off while 待审签 (point 12)', () => {
  it('are kept under the review they came after, by part and for the report information', () => {
    const { services, reportId, advance, close } = withReport();
    services.statuses.move(reportId, 'circulate', '');
    services.statuses.move(reportId, 'send', '');
    // Before any review, changes are just writing.
    services.parts.save(reportId, 'measures', partJson('全年开展法治培训13次。'));
    advance(MINUTE);
    services.reviews.record(reportId, passed('first'));
    advance(MINUTE);
    // The same text saved again (autosave on blur) is no change.
    services.parts.save(reportId, 'measures', partJson('全年开展法治培训13次。'));
    const unchanged = services.reviews.list(reportId);
    expect(unchanged.ok && unchanged.value[0]!.editedAfter).toEqual([]);

    services.parts.save(reportId, 'measures', partJson('全年开展法治培训15次。'));
    advance(MINUTE);
    services.parts.save(reportId, 'measures', partJson('全年开展法治培训16次。'));
    services.reports.updateHeader(reportId, {
      title: SIPING_2024.title,
      addressee: '市委、市政府',
      signature: '四平市教育局',
      issuedOn: '2025-01-20',
    });
    const listed = services.reviews.list(reportId);
    expect(listed.ok && listed.value[0]!.editedAfter).toEqual([
      { what: 'measures', firstAt: '2025-01-10T08:02:00.000Z', lastAt: '2025-01-10T08:03:00.000Z' },
      { what: 'header', firstAt: '2025-01-10T08:03:00.000Z', lastAt: '2025-01-10T08:03:00.000Z' },
    ]);
    close();
  });
});

describe('the dashboard (point 10)', () => {
  it('shows the report whose deadline is nearest and not yet met, the others below', () => {
    const { services, reportId, close } = withReport(new Date('2025-03-10T08:00:00Z'));
    const next = services.reports.create({ ...SIPING_2024, year: 2025, title: '2025年度报告' });
    const old = services.reports.create({ ...SIPING_2024, year: 2021, title: '2021年度报告' });
    // 2024's report is due in 19 days; 2025's in a year; 2021's draft has been overdue for years.
    const view = services.overviews.dashboard('2025-02-10');
    expect(view?.focus.report.id).toBe(reportId);
    expect(view?.others.map((other) => other.report.id)).toEqual([next.id, old.id]);

    // Overdue by 9 days is still nearer than next year's; once it is recorded as sent and published,
    // the next one comes up.
    expect(services.overviews.dashboard('2025-03-10')?.focus.report.id).toBe(reportId);
    services.statuses.recordPast(reportId, { to: 'published', happenedOn: '2025-02-26' });
    expect(services.overviews.dashboard('2025-03-10')?.focus.report.id).toBe(next.id);
    close();
  });
});
