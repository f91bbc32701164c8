import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SIPING_2024, openTestServices } from '../../helpers/test-services';
import { cliRunner } from '../../helpers/run-cli';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();
const root = join(import.meta.dirname, '..', '..', '..');

const cli = cliRunner(tempDir);

function dataDirWithReports(): string {
  const dataDir = tempDir();
  const { services, close } = openTestServices(dataDir);
  services.reports.create(SIPING_2024);
  const trashed = services.reports.create({ ...SIPING_2024, year: 2023, title: '旧报告' });
  services.reports.trash(trashed.id);
  close();
  return dataDir;
}

describe('cli list', () => {
  it('prints the reports as JSON', async () => {
    const result = await cli(['list', '--data-dir', dataDirWithReports(), '--json']);
    expect(result.exitCode).toBe(0);
    const { reports } = JSON.parse(result.stdout) as { reports: { title: string; year: number; status: string }[] };
    expect(reports).toEqual([expect.objectContaining({ title: SIPING_2024.title, year: 2024, status: 'draft' })]);
  });

  it('lists the trash with --deleted', async () => {
    const result = await cli(['list', '--data-dir', dataDirWithReports(), '--deleted', '--json']);
    expect(JSON.parse(result.stdout).reports).toEqual([expect.objectContaining({ title: '旧报告' })]);
  });

  it('prints a readable line per report without --json', async () => {
    const result = await cli(['list', `--data-dir=${dataDirWithReports()}`]);
    expect(result.stdout).toContain(`2024年度  草稿`);
    expect(result.stdout).toContain(SIPING_2024.title);
  });

  it('refuses a folder with no database, in Chinese, without creating one', async () => {
    const empty = tempDir();
    const result = await cli(['list', '--data-dir', join(empty, 'typo'), '--json']);
    expect(result).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/找不到法治年报助手的数据库/) });
    expect((await cli(['list', '--data-dir', join(empty, 'typo')])).exitCode).toBe(2);
  });

  it('opens the database as the app does: a damaged one is refused with the way to recover, and nothing is written', async () => {
    const dataDir = dataDirWithReports();
    const file = join(dataDir, 'fazhi-nianbao.sqlite3');
    writeFileSync(file, Buffer.alloc(8192, 7));
    const before = readFileSync(file);
    const result = await cli(['list', '--data-dir', dataDir]);
    expect(result).toMatchObject({ exitCode: 2, stderr: expect.stringMatching(/无法正常读取[\s\S]*从备份恢复/) });
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
  });

  it('takes no automatic backup of its own: those stay the app’s', async () => {
    const dataDir = dataDirWithReports();
    expect((await cli(['list', '--data-dir', dataDir])).exitCode).toBe(0);
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
  });

  it('answers unknown commands and options with exit code 2', async () => {
    expect(await cli(['frobnicate'])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('未知命令') });
    expect(await cli(['list', '--colour'])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('参数有误') });
    // node's parseArgs explains in English; none of it reaches the clerk.
    const unknown = await cli(['list', '--colour']);
    expect(unknown.stderr).toContain('不认识的选项“--colour”');
    expect(unknown.stderr).not.toMatch(/Unknown option/);
    expect(await cli([])).toMatchObject({ exitCode: 2, stdout: expect.stringContaining('用法') });
  });

  it('runs as a real process through npm run cli', { timeout: 20_000 }, async () => {
    const dataDir = dataDirWithReports();
    const { stdout } = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'cli', '--', 'list', '--data-dir', dataDir, '--json'],
      { cwd: root },
    );
    expect(JSON.parse(stdout).reports).toHaveLength(1);
    const failed = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'cli', '--', 'list', '--data-dir', join(dataDir, 'nope')],
      { cwd: root },
    ).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringContaining('找不到') });
  });
});
