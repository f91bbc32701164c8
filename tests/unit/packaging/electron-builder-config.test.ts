import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

// electron-builder reads the file as `npm run dist` would: the YAML merged with package.json.
const load = () => getConfig(root, join(root, 'electron-builder.yml'), null);
const validate = (config: Configuration) => validateConfiguration(config, new DebugLogger(false));

type TargetList = { target: string; arch: string[] }[];

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validate(await load())).resolves.toBeUndefined();
  });

  it('is checked for real: a misspelt option fails the same validation', async () => {
    const config = await load();
    await expect(validate({ ...config, nsis: { ...config.nsis, oneClik: false } } as Configuration)).rejects.toThrow(
      /configuration\.nsis/,
    );
  });

  it('pins the same Electron version as package.json', async () => {
    const config = await load();
    expect(manifest.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
    expect(config.electronVersion).toBe(manifest.devDependencies.electron);
  });

  it('builds an assisted, per-machine NSIS installer in Chinese with a choosable folder', async () => {
    const { nsis, win } = await load();
    expect(win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(nsis).toMatchObject({
      oneClick: false,
      perMachine: true,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['zh_CN'],
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds deb and AppImage for x64 and arm64', async () => {
    const targets = (await load()).linux?.target as TargetList;
    expect(targets.map((target) => [target.target, target.arch])).toEqual([
      ['deb', ['x64', 'arm64']],
      ['AppImage', ['x64', 'arm64']],
    ]);
  });

  it('rebuilds better-sqlite3 for Electron and keeps it outside the asar', async () => {
    const config = await load();
    expect(manifest.dependencies['better-sqlite3']).toBeDefined();
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**');
  });

  it('refers only to files that exist', async () => {
    const config = await load();
    for (const icon of [config.win?.icon, config.linux?.icon]) expect(existsSync(join(root, String(icon)))).toBe(true);
  });
});
