import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageVersion } from '../../../electron/package-version';
import { openServices } from '../../../electron/services/open-services';
import { cliRunner } from '../../helpers/run-cli';
import { useTempDirs } from '../../helpers/temp-dir';

const root = join(import.meta.dirname, '..', '..', '..');
const tempDir = useTempDirs();
const cli = cliRunner(tempDir);

describe('the built CLI', () => {
  it('finds package.json two folders up, where out/cli/cli.mjs runs from', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(packageVersion(join(root, 'out', 'cli'))).toBe(version);
  });

  it.skipIf(process.getuid?.() === 0)('says in Chinese that a read-only data folder cannot be opened', async () => {
    const dataDir = tempDir();
    openServices({ dataDir, version: '0' }).close();
    chmodSync(dataDir, 0o555);
    try {
      const result = await cli(['list', '--data-dir', dataDir]);
      expect(result.exitCode).not.toBe(0);
      expect(result.stderr).toMatch(/只读的或没有写入权限/);
      expect(result.stderr).not.toMatch(/unable to open/);
    } finally {
      chmodSync(dataDir, 0o755);
    }
  });
});
