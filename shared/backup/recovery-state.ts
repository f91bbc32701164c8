import { z } from 'zod';

/** The name of an automatic backup as the data folder writes it; nothing else is accepted as one. */
export const BackupName = z.string().regex(/^fazhi-nianbao-\d{8}-\d{6}(?:-\d+)?\.sqlite3$/, {
  message: '这不是程序自动备份的文件名，请从列表中选择备份',
});

/** An automatic backup as the window shows it: when, how big, and (on the recovery screen) whether it passed its check. */
export const BackupEntry = z.object({
  name: BackupName,
  takenAt: z.iso.datetime(),
  bytes: z.number().int().min(0),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

/**
 * What the window needs to know before showing the library: the data folder is ready, or its
 * database is damaged (with the backups on offer), or the folder is refused (network share,
 * read-only, a newer version's database) with the reason and what to do.
 */
export const RecoveryState = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ready') }),
  z.object({
    status: z.literal('damaged'),
    reason: z.string(),
    dataDir: z.string(),
    databaseFile: z.string(),
    backups: z.array(BackupEntry.extend({ usable: z.boolean() })),
  }),
  z.object({ status: z.literal('refused'), reason: z.string() }),
  // Another program holds the folder or the file: the data is sound; the window offers 重试, never 恢复.
  z.object({ status: z.literal('locked'), reason: z.string() }),
]);
export type RecoveryState = z.infer<typeof RecoveryState>;
