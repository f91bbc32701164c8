import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { partJson } from '../../helpers/part-json';
import { SIPING_2024, openTestServices } from '../../helpers/test-services';
import { cliRunner } from '../../helpers/run-cli';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const root = join(import.meta.dirname, '..', '..', '..');

const cli = cliRunner(tempDir);

/** A 2024 report sent for review with 初审 recorded, and last year's report already published. */
function dataDir(): string {
  const dir = tempDir();
  const { services, close } = openTestServices(dir);
  const current = services.reports.create(SIPING_2024);
  services.parts.save(current.id, 'measures', partJson('全年开展法治培训12次,覆盖全体干部。'));
  services.statuses.move(current.id, 'circulate', '');
  services.statuses.move(current.id, 'send', '');
  services.reviews.record(current.id, {
    stage: 'first',
    reviewer: '办公室 李四',
    reviewedOn: '2025-02-10',
    result: 'passed',
    comment: '',
  });
  const old = services.reports.create({ ...SIPING_2024, year: 2023, title: '2023年度报告' });
  services.deadlines.setRules(old.id, { submitBy: '02-20', publishBy: '03-20' });
  close();
  return dir;
}

describe('cli status', () => {
  it('lists each report with its status, deadlines and open findings as JSON', async () => {
    const result = await cli(['status', '--data-dir', dataDir(), '--json', '--today', '2025-02-15']);
    expect(result.exitCode).toBe(0);
    const { reports } = JSON.parse(result.stdout);
    expect(reports).toHaveLength(2);
    expect(reports[0]).toMatchObject({
      title: SIPING_2024.title,
      organization: '四平市教育局',
      year: 2024,
      status: 'review',
      statusLabel: '待审签',
      // The organization's own dates apply to all its reports.
      deadlines: {
        submit: { date: '2025-02-20', daysLeft: 5, level: 'amber' },
        publish: { date: '2025-03-20', daysLeft: 33, level: 'ok' },
      },
      nextAction: '记录复审',
    });
    expect(reports[0].findings).toEqual({
      error: expect.any(Number),
      warning: expect.any(Number),
      info: expect.any(Number),
      openErrors: expect.any(Number),
    });
    expect(reports[0].findings.error).toBeGreaterThan(0);
    expect(reports[0].findings.warning).toBeGreaterThan(0); // the half-width comma
    expect(reports[1]).toMatchObject({
      year: 2023,
      status: 'draft',
      deadlines: { submit: { date: '2024-02-20', level: 'late' } },
    });
  });

  it('prints a readable block per report, saying plainly when it is late', async () => {
    const result = await cli(['status', `--data-dir=${dataDir()}`, '--today', '2025-02-21']);
    expect(result.stdout).toContain('2024年度  待审签  ' + SIPING_2024.title);
    expect(result.stdout).toContain('报送已逾期 1 天（2月20日）；距公开截止还有 27 天（3月20日）');
    expect(result.stdout).toMatch(/未处理的错误 \d+，警告 \d+；下一步：记录复审/);
  });

  it('refuses a malformed date and a missing database with exit code 2', async () => {
    expect(await cli(['status', '--data-dir', dataDir(), '--today', '2025-02-30'])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('日期'),
    });
    expect(await cli(['status', '--data-dir', tempDir()])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('找不到'),
    });
  });

  it('runs as a real process through npm run cli', { timeout: 20_000 }, async () => {
    const { stdout } = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'cli', '--', 'status', '--data-dir', dataDir(), '--json'],
      { cwd: root },
    );
    expect(JSON.parse(stdout).reports.map((report: { status: string }) => report.status)).toEqual(['review', 'draft']);
  });
});
