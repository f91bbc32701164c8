import { describe, expect, it } from 'vitest';
import { SIPING_2024, openTestServices } from '../../helpers/test-services';
import { partJson } from '../../helpers/part-json';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const MINUTE = 60_000;

function withReport() {
  const opened = openTestServices(tempDir());
  const report = opened.services.reports.create(SIPING_2024);
  return { ...opened, reportId: report.id };
}

describe('saving parts', () => {
  it('stores the editor JSON and derives the plain text from it', () => {
    const { services, reportId, close } = withReport();
    const saved = services.parts.save(
      reportId,
      'measures',
      partJson({ heading: 2, text: '健全依法行政制度体系' }, '全年制发规范性文件5件。'),
    );
    expect(saved).toEqual({ ok: true, value: null });
    const report = services.reports.get(reportId);
    const measures = report.ok ? report.value.parts.find((part) => part.key === 'measures') : undefined;
    expect(measures?.plainText).toBe('（一）健全依法行政制度体系\n全年制发规范性文件5件。');
    expect(JSON.parse(measures!.contentJson!).root.children).toHaveLength(2);
    close();
  });

  it('refuses content that is not editor JSON without touching what was saved', () => {
    const { services, reportId, close } = withReport();
    services.parts.save(reportId, 'plans', partJson('2025年完成三项工作。'));
    expect(services.parts.save(reportId, 'plans', '{"root": [')).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    const report = services.reports.get(reportId);
    expect(report.ok && report.value.parts.find((part) => part.key === 'plans')?.plainText).toBe(
      '2025年完成三项工作。',
    );
    close();
  });

  it('answers a missing report with not-found', () => {
    const { services, close } = withReport();
    expect(services.parts.save('00000000-0000-4000-8000-999999999999', 'plans', partJson('x'))).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    close();
  });

  it('keeps one revision per five minutes of editing, not one per save', () => {
    const { services, reportId, advance, close } = withReport();
    for (let i = 0; i < 10; i++) {
      services.parts.save(reportId, 'measures', partJson(`第${i}稿`));
      advance(MINUTE);
    }
    // Saves at minutes 0–9: snapshots at 0 and 5.
    const revisions = services.revisions.list(reportId);
    expect(revisions.ok && revisions.value.map((revision) => revision.reason)).toEqual(['autosave', 'autosave']);
    close();
  });
});

describe('history', () => {
  it('restores an earlier revision, keeping the replaced state as a revision of its own', () => {
    const { services, reportId, advance, close } = withReport();
    services.indicators.save(reportId, { key: 'penalty_cases', value: 3, notApplicable: false });
    services.parts.save(reportId, 'measures', partJson('初稿内容。'));
    advance(10 * MINUTE);
    services.parts.save(reportId, 'measures', partJson('改写后的内容。'));
    services.indicators.save(reportId, { key: 'penalty_cases', value: 7, notApplicable: false });

    const list = services.revisions.list(reportId);
    if (!list.ok) throw new Error('no history');
    const first = list.value.at(-1)!;
    const viewed = services.revisions.get(first.id);
    expect(viewed.ok && viewed.value.snapshot.parts.find((part) => part.key === 'measures')?.plainText).toBe(
      '初稿内容。',
    );

    const restored = services.revisions.restore(reportId, first.id);
    expect(restored.ok && restored.value.parts.find((part) => part.key === 'measures')?.plainText).toBe('初稿内容。');
    expect(services.indicators.get(reportId)).toMatchObject({
      ok: true,
      value: { values: [{ key: 'penalty_cases', value: 3 }] },
    });

    const after = services.revisions.list(reportId);
    expect(after.ok && after.value[0]).toMatchObject({ reason: 'before-restore' });
    const kept = after.ok ? services.revisions.get(after.value[0]!.id) : undefined;
    expect(kept?.ok && kept.value.snapshot.parts.find((part) => part.key === 'measures')?.plainText).toBe(
      '改写后的内容。',
    );
    close();
  });

  it('will not restore a revision of another report', () => {
    const { services, reportId, close } = withReport();
    services.parts.save(reportId, 'measures', partJson('甲'));
    const other = services.reports.create({ ...SIPING_2024, year: 2023, title: '另一份' });
    const list = services.revisions.list(reportId);
    const revisionId = list.ok ? list.value[0]!.id : 0;
    expect(services.revisions.restore(other.id, revisionId)).toMatchObject({ ok: false, error: { code: 'not-found' } });
    close();
  });
});

describe('report header, indicators and checklist', () => {
  it('updates title, addressee, signature and issue date', () => {
    const { services, reportId, close } = withReport();
    const header = { title: '新标题', addressee: '县委、县政府', signature: '某某县教育局', issuedOn: '2025-01-07' };
    expect(services.reports.updateHeader(reportId, header)).toMatchObject({ ok: true, value: { title: '新标题' } });
    expect(services.reports.get(reportId)).toMatchObject({ ok: true, value: header });
    close();
  });

  it("shows last year's figures beside this year's when the organization has last year's report", () => {
    const { services, reportId, close } = withReport();
    expect(services.indicators.get(reportId)).toMatchObject({ ok: true, value: { previous: null } });
    const lastYear = services.reports.create({ ...SIPING_2024, year: 2023, title: '2023年度报告' });
    services.indicators.save(lastYear.id, { key: 'certified_officers', value: 41, notApplicable: false });
    services.indicators.save(reportId, { key: 'certified_officers', value: 46, notApplicable: false });
    services.indicators.save(reportId, { key: 'litigation_lost', value: null, notApplicable: true });
    expect(services.indicators.get(reportId)).toMatchObject({
      ok: true,
      value: {
        values: [
          { key: 'certified_officers', value: 46, notApplicable: false },
          { key: 'litigation_lost', value: null, notApplicable: true },
        ],
        previous: { year: 2023, values: [{ key: 'certified_officers', value: 41 }] },
      },
    });
    services.reports.trash(lastYear.id);
    expect(services.indicators.get(reportId)).toMatchObject({ ok: true, value: { previous: null } });
    close();
  });

  it('refuses a percentage over 100, a fractional count and an unknown indicator, keeping the saved figure', () => {
    const { services, reportId, close } = withReport();
    services.indicators.save(reportId, { key: 'vice_principal_rate', value: 90, notApplicable: false });
    services.indicators.save(reportId, { key: 'penalty_cases', value: 3, notApplicable: false });
    for (const [indicator, message] of [
      [{ key: 'vice_principal_rate', value: 150, notApplicable: false }, /“法治副校长配备率”是百分比，不能超过 100/],
      [{ key: 'penalty_cases', value: 2.5, notApplicable: false }, /“行政处罚案件”应填整数/],
      [{ key: 'no_such_figure', value: 1, notApplicable: false }, /没有名为“no_such_figure”的数据指标/],
    ] as const) {
      expect(services.indicators.save(reportId, indicator)).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(message) },
      });
    }
    expect(services.indicators.get(reportId)).toMatchObject({
      ok: true,
      value: {
        values: [
          { key: 'penalty_cases', value: 3 },
          { key: 'vice_principal_rate', value: 90 },
        ],
      },
    });
    close();
  });

  it('records 已写, 不适用 and 未写 marks (未写 overrides the text), and removes a mark to let the text decide', () => {
    const { services, reportId, close } = withReport();
    services.checklist.set(reportId, { itemKey: 'vice_principals', state: 'done' });
    services.checklist.set(reportId, { itemKey: 'emergencies', state: 'not-applicable' });
    services.checklist.set(reportId, { itemKey: 'vice_principals', state: 'unwritten' });
    expect(services.checklist.list(reportId)).toEqual({
      ok: true,
      value: [
        { itemKey: 'emergencies', state: 'not-applicable' },
        { itemKey: 'vice_principals', state: 'unwritten' },
      ],
    });
    services.checklist.set(reportId, { itemKey: 'vice_principals', state: 'auto' });
    expect(services.checklist.list(reportId)).toEqual({
      ok: true,
      value: [{ itemKey: 'emergencies', state: 'not-applicable' }],
    });
    close();
  });
});
