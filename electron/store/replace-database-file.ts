import { copyFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileStamp } from './file-stamp';
import { flushFile } from './flush-file';

/** The one file-system call a replace depends on, passed in so a test can make it fail as Windows does. */
export type Rename = (from: string, to: string) => void;

export interface ReplaceDatabaseFileOptions {
  /** A verified database file to put in place. */
  source: string;
  /** The database file of the data folder; must not be open. */
  target: string;
  /** Why the old file is set aside: `damaged` or `before-restore`, part of its new name. */
  asideLabel: string;
  now: () => Date;
  rename?: Rename;
}

/** A replace that did not happen; the database that was in place is in place again. */
export class ReplaceFailedError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
    this.name = 'ReplaceFailedError';
  }
}

interface Journal {
  incoming: string;
  aside: string | null;
}

const SUFFIXES = ['', '-wal', '-shm'] as const;
export const journalFile = (target: string) => `${target}.replace-journal`;
const incomingFile = (target: string) => `${target}.incoming.tmp`;

/**
 * Puts a copy of `source` in place of `target`, all or nothing. The file being replaced (with its
 * -wal and -shm, which belong to it) is renamed aside, never deleted: it may hold the only copy of
 * something. A journal written before the first rename lets start-up finish or undo a replace a
 * crash cut short; a rename that fails (an antivirus or WPS holding the file on Windows) puts the
 * old file back before the error leaves here. Returns the aside name.
 */
export function replaceDatabaseFile({
  source,
  target,
  asideLabel,
  now,
  rename = renameSync,
}: ReplaceDatabaseFileOptions): string | null {
  const incoming = incomingFile(target);
  rmSync(incoming, { force: true });
  copyFileSync(source, incoming);
  flushFile(incoming);

  let aside: string | null = null;
  if (existsSync(target)) {
    aside = `${target}.${asideLabel}-${fileStamp(now())}`;
    for (let n = 2; SUFFIXES.some((suffix) => existsSync(aside + suffix)); n++)
      aside = `${target}.${asideLabel}-${fileStamp(now())}-${n}`;
  }
  writeFileSync(journalFile(target), JSON.stringify({ incoming, aside } satisfies Journal), { flush: true });

  const moved: [from: string, to: string][] = [];
  try {
    for (const suffix of SUFFIXES) {
      if (!existsSync(target + suffix)) continue;
      // A WAL left beside the new file would be replayed into it; it goes with the file it belongs to.
      const to = `${aside ?? `${target}.orphan-${fileStamp(now())}`}${suffix}`;
      rename(target + suffix, to);
      moved.push([target + suffix, to]);
    }
    rename(incoming, target);
  } catch (error) {
    // Put back what was moved, newest move first; if that fails too, the journal stays for start-up.
    for (const [from, to] of moved.reverse()) rename(to, from);
    rmSync(journalFile(target), { force: true });
    rmSync(incoming, { force: true });
    throw new ReplaceFailedError(describeRenameFailure(error), error);
  }
  rmSync(journalFile(target), { force: true });
  return aside;
}

/**
 * At start-up, before the database is opened: a replace a crash interrupted is finished when its
 * incoming copy is whole (`isSound`), and otherwise undone, so the folder never opens without its
 * database. Returns what was done.
 */
export function finishInterruptedReplace(
  target: string,
  isSound: (file: string) => boolean,
  rename: Rename = renameSync,
): 'none' | 'finished' | 'rolled-back' {
  let journal: Journal;
  try {
    journal = JSON.parse(readFileSync(journalFile(target), 'utf8')) as Journal;
  } catch {
    return 'none';
  }
  let outcome: 'finished' | 'rolled-back' = 'finished';
  if (!existsSync(target)) {
    if (existsSync(journal.incoming) && isSound(journal.incoming)) {
      for (const suffix of ['-wal', '-shm'])
        if (journal.aside && existsSync(target + suffix)) rename(target + suffix, journal.aside + suffix);
      rename(journal.incoming, target);
    } else if (journal.aside) {
      for (const suffix of SUFFIXES)
        if (existsSync(journal.aside + suffix) && !existsSync(target + suffix))
          rename(journal.aside + suffix, target + suffix);
      outcome = 'rolled-back';
    }
  } else if (existsSync(journal.incoming)) {
    // The old file was never moved: the replace had not begun.
    outcome = 'rolled-back';
  }
  rmSync(journal.incoming, { force: true });
  rmSync(journalFile(target), { force: true });
  return outcome;
}

/**
 * The copies set aside under `label` beyond the newest `keep` (with their -wal and -shm) are
 * removed: each is a whole database, and a clerk who restores often would fill the disk.
 */
export function pruneAsideCopies(target: string, label: string, keep: number): void {
  const prefix = `${basename(target)}.${label}-`;
  const stamp = /^(\d{8}-\d{6})(?:-(\d+))?(?:-wal|-shm)?$/;
  const copies = new Map<string, string>();
  for (const name of readdirSync(dirname(target))) {
    const match = name.startsWith(prefix) ? stamp.exec(name.slice(prefix.length)) : null;
    if (match) copies.set(`${match[1]}-${(match[2] ?? '1').padStart(4, '0')}`, name.replace(/-(?:wal|shm)$/, ''));
  }
  const oldFirst = [...copies.keys()].sort().reverse().slice(keep);
  for (const key of oldFirst)
    for (const suffix of SUFFIXES) rmSync(join(dirname(target), copies.get(key)! + suffix), { force: true });
}

/** Why the file could not be put in place, in words a clerk can act on. */
export function describeRenameFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'EPERM' || code === 'EBUSY' || code === 'EACCES')
    return '数据库文件正被其他程序（如杀毒软件、备份软件或 WPS）占用，无法替换。请稍等片刻或关闭这些程序后重试';
  if (code === 'ENOSPC') return '磁盘空间不足。请清理数据目录所在的磁盘（如清空回收站、删除不用的大文件）后重试';
  return `替换数据库文件时出错（${code || (error instanceof Error ? error.message : String(error))}）`;
}
