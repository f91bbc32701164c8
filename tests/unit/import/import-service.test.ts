import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { ImportDraft } from '../../../shared/import/import-draft';
import type { Result } from '../../../shared/ipc/result';
import { partJson } from '../../helpers/part-json';
import { reportDocx } from '../../helpers/report-docx';
import { SIPING_2024, openTestServices } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';
import { badInputs } from './bad-inputs';

const tempDir = useTempDirs();
const CLEAN = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'reports', 'clean-2024.txt'), 'utf8');

function opened() {
  const services = openTestServices(tempDir());
  // Rows this connection has written since it opened: unchanged means nothing was written.
  const writes = () => (services.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return { ...services, writes };
}

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};
const part = (report: { parts: { key: string; plainText: string; contentJson: string | null }[] }, key: string) =>
  report.parts.find((candidate) => candidate.key === key)!;

describe('import service: read', () => {
  it('reads a paste and a .docx into a draft without writing anything', async () => {
    const { services, writes, close } = opened();
    const before = writes();
    const pasted = value(await services.imports.read({ kind: 'text', text: CLEAN }));
    const docx = await reportDocx(CLEAN.split('\n'));
    const fromFile = value(
      await services.imports.read({ kind: 'file', name: '报告.docx', bytesBase64: docx.toString('base64') }),
    );
    expect(fromFile.parts).toEqual(pasted.parts);
    expect(pasted).toMatchObject({ organization: '清河县教育局', year: 2024, date: '2025-01-07' });
    expect(writes()).toBe(before);
    close();
  });

  it('answers every bad file with its Chinese message within a second, the database untouched', async () => {
    const { services, writes, close } = opened();
    services.reports.create(SIPING_2024);
    const before = writes();
    for (const input of await badInputs()) {
      // The page sends the file already encoded: only the service's own work is timed.
      const bytesBase64 = input.bytes.toString('base64');
      const start = performance.now();
      const result = await services.imports.read({ kind: 'file', name: input.name, bytesBase64 });
      expect(performance.now() - start, input.what).toBeLessThan(1000);
      expect(result, input.what).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(input.message) },
      });
    }
    expect(await services.imports.read({ kind: 'text', text: ' \n\u3000\n' })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('没有可导入的文字') },
    });
    expect(writes()).toBe(before);
    close();
  });
});

describe('import service: apply', () => {
  it('takes a revision of an existing report first, then the parts hold the imported content', async () => {
    const { services, close } = opened();
    const { id } = services.reports.create(SIPING_2024);
    services.parts.save(id, 'measures', partJson('导入之前写的一段。'));
    const draft = value(await services.imports.read({ kind: 'text', text: CLEAN }));

    const report = value(services.imports.apply({ reportId: id, draft }));
    expect(part(report, 'measures').plainText).toMatch(/^（一）加强组织领导\n局党组全年召开会议专题研究法治工作4次/);
    expect(part(report, 'plans').plainText).toContain('（一）充实执法力量。');
    expect(report).toMatchObject({
      signature: '清河县教育局',
      issuedOn: '2025-01-07',
      addressee: '县委、县政府',
      title: draft.title,
    });

    const [latest] = value(services.revisions.list(id));
    expect(latest!.reason).toBe('before-import');
    const snapshot = value(services.revisions.get(latest!.id)).snapshot;
    expect(snapshot.parts.find((saved) => saved.key === 'measures')!.plainText).toBe('导入之前写的一段。');
    const reread = value(services.reports.get(id));
    expect(part(reread, 'leadership').plainText).toBe(part(report, 'leadership').plainText);
    close();
  });

  it('creates a new report from the draft, with 未归类 content kept under its heading in 其他', async () => {
    const { services, close } = opened();
    const draft = value(
      await services.imports.read({
        kind: 'text',
        text: `${CLEAN.replace('清河县教育局\n\n2025年1月7日', '')}\n五、附件说明\n附表一份。\n清河县教育局\n2025年1月7日`,
      }),
    );
    expect(draft.parts.at(-1)!.key).toBe('unassigned');
    const report = value(services.imports.apply({ draft }));
    expect(report).toMatchObject({
      organizationName: '清河县教育局',
      year: 2024,
      title: draft.title,
      issuedOn: '2025-01-07',
    });
    expect(part(report, 'other').plainText).toBe('（一）附件说明\n附表一份。');
    expect(value(services.revisions.list(report.id))).toEqual([]);
    close();
  });

  it('lands what the review sent back: a block moved to another part, a part emptied', async () => {
    const { services, close } = opened();
    const draft = value(await services.imports.read({ kind: 'text', text: CLEAN }));
    const reviewed: ImportDraft = {
      ...draft,
      parts: draft.parts.map((candidate) =>
        candidate.key === 'shortcomings'
          ? { ...candidate, blocks: [] }
          : candidate.key === 'leadership'
            ? {
                ...candidate,
                blocks: [
                  ...candidate.blocks,
                  { kind: 'paragraph', lead: null, text: '审阅时移来的一段。', line: null },
                ],
              }
            : candidate,
      ),
    };
    const report = value(services.imports.apply({ draft: reviewed }));
    expect(part(report, 'shortcomings')).toMatchObject({ plainText: '', contentJson: null });
    expect(part(report, 'leadership').plainText).toMatch(/审阅时移来的一段。$/);
    close();
  });

  it('writes nothing when the draft lacks what a new report needs, or the report is gone', async () => {
    const { services, writes, close } = opened();
    // A draft whose year the clerk cleared: the title, preface and date all name one otherwise.
    const draft = { ...value(await services.imports.read({ kind: 'text', text: CLEAN })), year: null };
    const before = writes();
    expect(services.imports.apply({ draft })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('请填写报告年度') },
    });
    expect(services.imports.apply({ reportId: '00000000-0000-4000-8000-999999999999', draft })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: '找不到这份报告，导入没有进行。请返回报告库刷新列表。' },
    });
    expect(writes()).toBe(before);
    expect(
      value(services.imports.apply({ draft, newReport: { ...SIPING_2024, organizationName: '清河县教育局' } })),
    ).toMatchObject({ year: 2024 });
    close();
  });
});

// Issue 16 point 11: last year's report, imported to base this year's on, was sent long ago.
describe('import service: 这是往年已报送的报告', () => {
  /** Services on 1 June 2025: the 2024 report's deadline (1 March 2025) has passed. */
  function afterTheDeadline() {
    const services = openTestServices(tempDir(), new Date('2025-06-01T08:00:00+08:00'));
    const history = (id: string) => value(services.services.statuses.history(id));
    return { ...services, history };
  }

  it('creates the report and records it as 已报送 in the same step, with no sign-offs made up', async () => {
    const { services, history, close } = afterTheDeadline();
    const draft = value(await services.imports.read({ kind: 'text', text: CLEAN }));
    const report = value(
      services.imports.apply({ draft, pastRecord: { to: 'submitted', happenedOn: '2025-02-26', channel: 'paper' } }),
    );
    expect(report.status).toBe('submitted');
    expect(history(report.id)).toEqual([
      expect.objectContaining({
        move: 'record-past',
        from: 'draft',
        to: 'submitted',
        happenedOn: '2025-02-26',
        channel: 'paper',
      }),
    ]);
    expect(value(services.reviews.list(report.id))).toEqual([]);
    expect(services.deadlines.forReport(report.id)!.submit.level).toBe('done');
    close();
  });

  it('records an import into an existing draft as 已公开, the revision before the import kept', async () => {
    const { services, history, close } = afterTheDeadline();
    const { id } = services.reports.create(SIPING_2024);
    const draft = value(await services.imports.read({ kind: 'text', text: CLEAN }));
    const report = value(
      services.imports.apply({ reportId: id, draft, pastRecord: { to: 'published', happenedOn: '2025-03-20' } }),
    );
    expect(report.status).toBe('published');
    expect(history(id).map((change) => `${change.move}:${change.to}`)).toEqual(['record-past:published']);
    expect(value(services.revisions.list(id)).map((revision) => revision.reason)).toContain('before-import');
    close();
  });

  it('refuses a day still to come, a day before the year ended and a year not yet due, and saves nothing', async () => {
    const { services, close } = afterTheDeadline();
    const draft = value(await services.imports.read({ kind: 'text', text: CLEAN }));
    const refused = (happenedOn: string, year = 2024) =>
      services.imports.apply({ draft: { ...draft, year }, pastRecord: { to: 'submitted', happenedOn } });
    expect(refused('2025-06-02')).toMatchObject({
      ok: false,
      error: { code: 'refused', message: '日期 2025-06-02 还没到，请填写实际报送的那一天。' },
    });
    expect(refused('2024-12-30')).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('2024年度报告在 2025 年才能报送') },
    });
    // This year's report (2025) is due on 1 March 2026: it goes through the sign-offs.
    expect(refused('2025-05-01', 2025)).toMatchObject({
      ok: false,
      error: { code: 'refused', message: expect.stringContaining('报送截止日期（2026-03-01）还没过') },
    });
    expect(
      services.imports.apply({ draft, pastRecord: { to: 'submitted', happenedOn: '2025年2月26日' } }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // The refusal undid the whole import: no report, no organization made for it.
    expect(services.reports.list()).toEqual([]);
    expect(services.organizations.list()).toEqual([]);
    close();
  });

  it("tells the review the dates of a report still to be created, by the organization's own rules", () => {
    const { services, close } = afterTheDeadline();
    expect(services.deadlines.forYear('清河县教育局', 2024).submit).toMatchObject({
      date: '2025-03-01',
      level: 'late',
    });
    const { id } = services.reports.create({ ...SIPING_2024, organizationName: '清河县教育局' });
    services.deadlines.setRules(id, { submitBy: '01-31', publishBy: '03-15' });
    expect(services.deadlines.forYear(' 清河县教育局 ', 2025)).toMatchObject({
      submit: { date: '2026-01-31', level: 'ok' },
      publish: { date: '2026-03-15' },
    });
    close();
  });
});
