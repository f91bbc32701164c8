import { describe, expect, it, vi } from 'vitest';
import { partJson } from '../../helpers/part-json';
import { SIPING_2024, openTestServices } from '../../helpers/test-services';
import { useTempDirs } from '../../helpers/temp-dir';

const checks = vi.hoisted(() => ({ runs: 0 }));
vi.mock('../../../shared/checks/check-stored-report', async (original) => {
  const actual = await original<typeof import('../../../shared/checks/check-stored-report')>();
  return {
    ...actual,
    checkStoredReport: (...args: Parameters<typeof actual.checkStoredReport>) => {
      checks.runs++;
      return actual.checkStoredReport(...args);
    },
  };
});

const tempDir = useTempDirs();

describe('the dashboard’s checks', () => {
  it('checks a report once while it stays as it was, and afresh after any change to it', () => {
    const { services, close } = openTestServices(tempDir());
    const report = services.reports.create(SIPING_2024);
    services.parts.save(report.id, 'measures', partJson('全年开展法治培训12次。'));
    const before = checks.runs;
    const first = services.overviews.dashboard('2025-02-20')!.focus.findings;
    expect(services.overviews.dashboard('2025-02-20')!.focus.findings).toEqual(first);
    expect(checks.runs - before).toBe(1);

    // A placeholder left in the text is an error: the dashboard sees it at once.
    services.parts.save(report.id, 'measures', partJson('全年开展法治培训XX次。'));
    const edited = services.overviews.dashboard('2025-02-20')!.focus.findings;
    expect(checks.runs - before).toBe(2);
    expect(edited.error).toBeGreaterThan(first.error);

    services.reports.rename(report.id, '四平市教育局关于2024年度法治政府建设情况的报告（修改）');
    services.overviews.dashboard('2025-02-20');
    expect(checks.runs - before).toBe(3);
    close();
  });
});
