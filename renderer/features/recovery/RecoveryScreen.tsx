import { useState } from 'react';
import type { RecoveryState } from '../../../shared/backup/recovery-state';
import { DATABASE_FILE_MAX_BYTES } from '../../../shared/backup/database-file-limits';
import { call } from '../../api';
import { FilePickButton } from '../../app/FilePickButton';
import { formatBytes } from '../../app/format-bytes';
import { formatDateTime } from '../../app/format-date-time';
import { readFileUpload } from '../../app/read-file-upload';
import { useAction } from '../../app/use-action';
import './recovery.css';
import { FormError } from '../../app/FormError';

type Damaged = Extract<RecoveryState, { status: 'damaged' }>;
type Props = { state: Exclude<RecoveryState, { status: 'ready' }>; onChange: () => void };

/** Shown instead of the library when the database cannot be read, or the data folder may not be used. */
export function RecoveryScreen({ state, onChange }: Props) {
  return (
    <div className="recovery-screen">
      <header className="app-header">
        <h1>法治年报助手</h1>
      </header>
      <main>
        {state.status === 'damaged' ? (
          <DamagedDatabase state={state} onChange={onChange} />
        ) : state.status === 'locked' ? (
          <FolderInUse reason={state.reason} onRetry={onChange} />
        ) : (
          <RefusedFolder reason={state.reason} />
        )}
      </main>
    </div>
  );
}

function RefusedFolder({ reason }: { reason: string }) {
  return (
    <section aria-label="无法使用数据目录">
      <h2>无法使用这个数据目录</h2>
      <p className="recovery-reason">{reason}</p>
      <p>程序没有改动那里的任何报告。按上面的说明处理后，请关闭并重新打开法治年报助手。</p>
    </section>
  );
}

/** Another program holds the data: nothing to recover, only to wait for and try again. */
function FolderInUse({ reason, onRetry }: { reason: string; onRetry: () => void }) {
  return (
    <section aria-label="数据目录正被使用">
      <h2>数据正被另一个程序使用</h2>
      <p className="recovery-reason">{reason}</p>
      <p>报告没有损坏，也不需要恢复。</p>
      <button type="button" className="primary" onClick={onRetry}>
        重试
      </button>
    </section>
  );
}

function DamagedDatabase({ state, onChange }: { state: Damaged; onChange: () => void }) {
  const { error, busy, run: runAction } = useAction();
  const [done, setDone] = useState<string>();
  const newestUsable = state.backups.find((backup) => backup.usable);

  async function run(restore: () => Promise<RecoveryState>, from: string) {
    await runAction(async () => {
      const next = await restore();
      if (next.status === 'ready') setDone(from);
      else onChange();
    });
  }

  if (done) {
    return (
      <section aria-label="恢复完成" role="status">
        <h2>已恢复</h2>
        <p>
          已用{done}
          恢复报告。那次备份之后所做的修改不在其中，请打开报告核对。损坏的数据库文件已改名为“fazhi-nianbao.sqlite3.damaged-日期时间”，
          保留在数据目录“{state.dataDir}”中，没有删除。
        </p>
        <button type="button" className="primary" onClick={onChange}>
          打开报告库
        </button>
      </section>
    );
  }

  return (
    <section aria-label="数据需要恢复">
      <h2>数据需要恢复</h2>
      <p className="recovery-reason">{state.reason}</p>
      <p>
        恢复时，损坏的文件会改名为“fazhi-nianbao.sqlite3.damaged-日期时间”，留在数据目录“{state.dataDir}
        ”中，不会删除；需要时可以交给技术人员尝试修复。
      </p>
      {state.backups.length > 0 && (
        <table className="backups" aria-label="自动备份">
          <thead>
            <tr>
              <th>备份时间</th>
              <th>大小</th>
              <th>状态</th>
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {state.backups.map((backup) => (
              <tr key={backup.name} data-backup={backup.name}>
                <td>
                  {formatDateTime(backup.takenAt)}
                  {backup === newestUsable && <span className="tag">最新可用</span>}
                </td>
                <td>{formatBytes(backup.bytes)}</td>
                <td>{backup.usable ? '可用' : '已损坏，不能使用'}</td>
                <td>
                  {backup.usable && (
                    <button
                      type="button"
                      className={backup === newestUsable ? 'primary' : undefined}
                      disabled={busy}
                      onClick={() =>
                        void run(
                          () => call('recovery:recover', { name: backup.name }),
                          ` ${formatDateTime(backup.takenAt)} 的备份`,
                        )
                      }
                    >
                      从此备份恢复
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        如果另存过备份（“备份到…”保存的 .sqlite3 文件，例如在 U 盘上），也可以用它恢复：{' '}
        <FilePickButton
          accept=".sqlite3"
          disabled={busy}
          onPick={(file) =>
            void run(
              async () =>
                call('backups:restore-from', await readFileUpload(file, DATABASE_FILE_MAX_BYTES, '法治年报助手的备份')),
              `文件“${file.name}”`,
            )
          }
        >
          选择备份文件…
        </FilePickButton>
      </p>
      {busy && <p role="status">正在恢复，请稍候…</p>}
      <FormError message={error} />
    </section>
  );
}
