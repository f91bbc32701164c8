import { hostname } from 'node:os';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'fazhi-nianbao.lock';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface FolderLockDeps {
  pid?: number;
  host?: string;
  /** Whether a process of this machine is still running. */
  isRunning?: (pid: number) => boolean;
  now?: () => Date;
}

export type FolderLock = { held: true; release(): void } | { held: false; owner: LockOwner };

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user — still running.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One program at a time on a data folder. SQLite would let two copies of the app (or two
 * previews) open the same database and each would save over the other's edits without a word, so
 * the first takes this lock file (its pid and host inside) and a second one is told the folder is
 * in use. A lock left by a process that no longer runs (a crash, a power cut) is taken over.
 */
export function acquireFolderLock(
  dataDir: string,
  { pid = process.pid, host = hostname(), isRunning = processIsRunning, now = () => new Date() }: FolderLockDeps = {},
): FolderLock {
  const file = join(dataDir, LOCK_FILE);
  const mine: LockOwner = { pid, host, since: now().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(mine), { flag: 'wx', flush: true });
      return { held: true, release: () => releaseIfMine(file, pid) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    const stale = !owner || owner.pid === pid || (owner.host === host && !isRunning(owner.pid));
    if (!stale) return { held: false, owner };
    rmSync(file, { force: true });
  }
  const owner = readOwner(file);
  return owner ? { held: false, owner } : { held: false, owner: { pid: 0, host, since: mine.since } };
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string'
      ? { pid: owner.pid, host: owner.host, since: String(owner.since ?? '') }
      : null;
  } catch {
    return null;
  }
}

function releaseIfMine(file: string, pid: number): void {
  if (readOwner(file)?.pid === pid) rmSync(file, { force: true });
}

/** What the second program says, in Chinese. */
export function folderInUse(dataDir: string, owner: LockOwner, host = hostname()): string {
  const where = owner.host === host ? `本机的另一个程序（进程号 ${owner.pid}）` : `另一台电脑“${owner.host}”上的程序`;
  return (
    `数据目录“${dataDir}”正被${where}使用，可能是另一个已打开的法治年报助手或浏览器预览。` +
    '两个程序同时修改同一份数据会互相覆盖，所以这里没有打开它。请关闭另一个程序后点“重试”。'
  );
}
