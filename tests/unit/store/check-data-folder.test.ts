import { describe, expect, it } from 'vitest';
import { checkDataFolder, type DataFolderEnvironment } from '../../../electron/store/check-data-folder';

const MOUNTS = [
  '/dev/sda1 / ext4 rw,relatime 0 0',
  '//fileserver/share /mnt/share cifs rw,relatime,vers=3.0 0 0',
  'server:/export /home/clerk/nfs nfs4 rw,relatime 0 0',
  '/dev/sr0 /media/cdrom iso9660 ro,relatime 0 0',
  '/dev/sdb1 /media/U\\040盘 vfat rw,relatime 0 0',
].join('\n');
const linux: DataFolderEnvironment = { platform: 'linux', mounts: MOUNTS, probeWrite: () => {} };
const windows: DataFolderEnvironment = { platform: 'win32', mounts: '', probeWrite: () => {} };

describe('data folder safety', () => {
  it('accepts a folder on a local disk', () => {
    expect(checkDataFolder('/home/clerk/.local/share/fazhi-nianbao', linux)).toBeNull();
    expect(checkDataFolder('/media/U 盘/数据', linux)).toBeNull();
    expect(checkDataFolder('C:\\Users\\clerk\\AppData\\Roaming\\fazhi-nianbao', windows)).toBeNull();
    expect(checkDataFolder('\\\\?\\C:\\数据\\fazhi-nianbao', windows)).toBeNull();
  });

  it.each([
    ['a CIFS share', '/mnt/share/fazhi', linux],
    ['an NFS mount', '/home/clerk/nfs/data', linux],
    ['a UNC path', '\\\\server\\共享\\fazhi-nianbao', windows],
    ['a UNC path with forward slashes', '//server/share/fazhi-nianbao', windows],
    ['a long UNC path', '\\\\?\\UNC\\server\\share\\fazhi', windows],
  ] as const)('refuses %s and says what to do instead', (_case, dir, environment) => {
    expect(checkDataFolder(dir, environment)).toMatch(/网络共享文件夹.*请把数据目录改到本机磁盘/);
  });

  it('refuses a read-only mount and a folder that cannot be written', () => {
    expect(checkDataFolder('/media/cdrom/data', linux)).toMatch(/是只读的/);
    const denied: DataFolderEnvironment = {
      ...linux,
      probeWrite: () => {
        throw new Error('EACCES');
      },
    };
    expect(checkDataFolder('/home/clerk/data', denied)).toMatch(/是只读的.*请检查该文件夹的权限/);
  });
});
