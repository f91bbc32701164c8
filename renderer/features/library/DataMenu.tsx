import { useState } from 'react';
import { call } from '../../api';
import { FilePickButton } from '../../app/FilePickButton';
import { formatDateTime } from '../../app/format-date-time';
import { useQuery } from '../../app/use-query';
import { useDataActions, type DataMessage } from './use-data-actions';

/** The library's 数据 row: the state of the automatic backups, copies by hand, and report packages. */
export function DataMenu({
  onChanged,
  onMessage,
}: {
  onChanged: () => Promise<void>;
  onMessage: (message: DataMessage | undefined) => void;
}) {
  const backups = useQuery(() => call('backups:list', undefined), []);
  const data = useDataActions(onChanged, onMessage);
  const [confirmingRestore, setConfirmingRestore] = useState(false);
  const [newest] = backups.data ?? [];

  return (
    <section className="data-menu" aria-label="数据">
      <div className="data-menu-row">
        <span className="data-menu-label">数据</span>
        <button type="button" disabled={data.busy} onClick={() => void data.backupTo()}>
          备份到…
        </button>
        <button type="button" disabled={data.busy} onClick={() => setConfirmingRestore(true)}>
          从备份恢复…
        </button>
        <FilePickButton accept=".fznb" disabled={data.busy} onPick={(file) => void data.importPackage(file)}>
          导入报告包…
        </FilePickButton>
        {backups.data && (
          <span className="backup-state">
            {newest
              ? `自动备份：最近一次 ${formatDateTime(newest.takenAt)}，共 ${backups.data.length} 份（数据目录的 backups 文件夹）`
              : '自动备份：每天第一次打开和退出时进行'}
          </span>
        )}
      </div>

      {data.working && (
        <p className="data-working" role="status">
          {data.working} <progress />
        </p>
      )}

      {confirmingRestore && (
        <div className="dialog-backdrop">
          <div className="dialog" role="dialog" aria-modal="true" aria-label="从备份恢复">
            <h2>从备份恢复</h2>
            <p>选择一个备份文件（.sqlite3），用它替换程序中现在的全部报告。</p>
            <p>当前数据会先另存一份：数据目录中的“fazhi-nianbao.sqlite3.before-restore-日期时间”，不会删除。</p>
            <div className="dialog-actions">
              <FilePickButton
                accept=".sqlite3"
                className="primary"
                onPick={(file) => {
                  setConfirmingRestore(false);
                  void data.restoreFrom(file);
                }}
              >
                选择备份文件…
              </FilePickButton>
              <button type="button" onClick={() => setConfirmingRestore(false)}>
                取消
              </button>
            </div>
          </div>
        </div>
      )}

      {data.question && (
        <div className="dialog-backdrop">
          <div className="dialog" role="dialog" aria-modal="true" aria-label="覆盖报告">
            <h2>本机已有这份报告</h2>
            <p>
              本机的《{data.question.existing.title}》最后修改于 {formatDateTime(data.question.existing.updatedAt)}
              ；报告包中的《
              {data.question.incoming.title}》最后修改于 {formatDateTime(data.question.incoming.updatedAt)}。
            </p>
            <p>覆盖后，本机现在的内容会作为一个历史版本留在这份报告中，可以从“历史版本”恢复。</p>
            <div className="dialog-actions">
              <button type="button" className="primary" onClick={() => void data.replace(data.question!.pendingId)}>
                覆盖
              </button>
              <button type="button" onClick={data.dismiss}>
                取消
              </button>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
