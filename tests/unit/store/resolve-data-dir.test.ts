import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR_ENV, databaseFile, dataDirFlag, resolveDataDir } from '../../../electron/store/resolve-data-dir';

const base = { override: undefined, env: {}, homedir: '/home/clerk' };

describe('data folder', () => {
  it('reads --data-dir in both spellings', () => {
    expect(dataDirFlag(['electron', '.', '--data-dir', '/d'])).toBe('/d');
    expect(dataDirFlag(['--data-dir=/e'])).toBe('/e');
    expect(dataDirFlag(['--other'])).toBeUndefined();
  });

  it('prefers the flag, then the environment variable', () => {
    expect(resolveDataDir({ ...base, platform: 'linux', override: '/flag', env: { [DATA_DIR_ENV]: '/env' } })).toBe(
      '/flag',
    );
    expect(resolveDataDir({ ...base, platform: 'linux', env: { [DATA_DIR_ENV]: '/env' } })).toBe('/env');
  });

  it('defaults to the per-user data folder of each system', () => {
    expect(resolveDataDir({ ...base, platform: 'linux' })).toBe('/home/clerk/.local/share/fazhi-nianbao');
    expect(resolveDataDir({ ...base, platform: 'linux', env: { XDG_DATA_HOME: '/xdg' } })).toBe('/xdg/fazhi-nianbao');
    expect(resolveDataDir({ ...base, platform: 'win32', env: { APPDATA: 'C:\\Users\\clerk\\AppData\\Roaming' } })).toBe(
      join('C:\\Users\\clerk\\AppData\\Roaming', 'fazhi-nianbao'),
    );
  });

  it('keeps the database file inside the data folder', () => {
    expect(databaseFile('/d')).toBe(join('/d', 'fazhi-nianbao.sqlite3'));
  });
});
