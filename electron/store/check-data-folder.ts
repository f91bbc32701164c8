import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface DataFolderEnvironment {
  platform: NodeJS.Platform;
  /** The text of /proc/mounts on Linux ('' elsewhere or when it cannot be read). */
  mounts: string;
  /** Creates and removes a small file in the folder; throws when the folder cannot be written. */
  probeWrite(dir: string): void;
}

// SQLite's locking is unreliable over network file systems, and a WAL database cannot be shared
// across machines at all (SQLite: "How To Corrupt An SQLite Database File", §2).
const NETWORK_FS = /^(nfs4?|cifs|smb3?|smbfs|ncpfs|afs|9p|fuse\.sshfs|fuse\.smbnetfs|davfs|fuse\.davfs2?)$/;

const refuseNetwork = (dataDir: string) =>
  `数据目录“${dataDir}”在网络共享文件夹上。数据库放在网络位置上，断网或两台电脑同时打开时可能损坏，因此程序不在那里保存。` +
  '请把数据目录改到本机磁盘（用 --data-dir 或环境变量 FAZHI_NIANBAO_DATA_DIR 指定），需要交换报告时请用“导出报告包”。';
const refuseReadOnly = (dataDir: string) =>
  `数据目录“${dataDir}”是只读的，程序无法在那里保存报告。请检查该文件夹的权限，或从 U 盘、光盘复制到本机磁盘后再用 ` +
  '--data-dir 指定；也可以不指定数据目录，使用默认位置。';

const refuseDiskFull = (dataDir: string) =>
  `数据目录“${dataDir}”所在的磁盘空间不足，程序无法在那里保存报告（报告没有丢失）。请清空回收站、删除不用的大文件或下载的安装包，` +
  '或把数据目录中“backups”文件夹里较早的备份移到 U 盘，然后重新打开法治年报助手。';

/** The environment of this machine, for the app, the preview and the CLI. */
export function realDataFolderEnvironment(): DataFolderEnvironment {
  let mounts = '';
  try {
    if (process.platform === 'linux') mounts = readFileSync('/proc/mounts', 'utf8');
  } catch {
    // Without the mount table the write probe below still catches read-only folders.
  }
  return {
    platform: process.platform,
    mounts,
    probeWrite(dir) {
      mkdirSync(dir, { recursive: true });
      const probe = join(dir, `.write-probe-${process.pid}`);
      writeFileSync(probe, 'ok', { flush: true });
      rmSync(probe);
    },
  };
}

/** Why the app must not keep its database in `dataDir`, or null when it may. */
export function checkDataFolder(dataDir: string, environment: DataFolderEnvironment): string | null {
  if (environment.platform === 'win32' && isUncPath(dataDir)) return refuseNetwork(dataDir);
  const mount = mountOf(resolve(dataDir), environment.mounts);
  if (mount && NETWORK_FS.test(mount.type)) return refuseNetwork(dataDir);
  if (mount?.options.includes('ro')) return refuseReadOnly(dataDir);
  try {
    environment.probeWrite(dataDir);
  } catch (error) {
    // A full disk refuses the probe too, but the folder is not read-only and the advice differs.
    if ((error as NodeJS.ErrnoException).code === 'ENOSPC') return refuseDiskFull(dataDir);
    return refuseReadOnly(dataDir);
  }
  return null;
}

/**
 * \\server\share\… (or \\?\UNC\server\…) on Windows. A mapped drive letter (Z:) cannot be told
 * from a local disk without native calls; the probe and SQLite's own locking are what remain there.
 */
function isUncPath(path: string): boolean {
  const backslashed = path.replace(/\//g, '\\');
  if (/^\\\\\?\\UNC\\/i.test(backslashed)) return true;
  if (/^\\\\[?.]\\/.test(backslashed)) return false;
  return backslashed.startsWith('\\\\');
}

/** The mount holding `path`: the longest mount point that is a prefix of it. */
function mountOf(path: string, mounts: string): { type: string; options: string[] } | undefined {
  let best: { point: string; type: string; options: string[] } | undefined;
  for (const line of mounts.split('\n')) {
    const [, rawPoint, type, options] = line.split(' ');
    if (!rawPoint || !type || !options) continue;
    // /proc/mounts writes spaces and other specials in octal (\040).
    const point = rawPoint.replace(/\\([0-7]{3})/g, (_all, octal: string) => String.fromCharCode(parseInt(octal, 8)));
    const inside = path === point || path.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && (!best || point.length >= best.point.length)) best = { point, type, options: options.split(',') };
  }
  return best;
}
