import { useState } from 'react';
import { revisionLabel } from '../../../shared/report/report-snapshot';
import { call } from '../../api';
import { FormError } from '../../app/FormError';
import { formatDateTime } from '../../app/format-date-time';
import { useAction } from '../../app/use-action';
import { useQuery } from '../../app/use-query';

interface Props {
  reportId: string;
  /** Saves what is being typed, restores, and reloads the editors. */
  restore: (revisionId: number) => Promise<void>;
}

/** Snapshots of the report, newest first; any of them can be read and brought back. */
export function HistoryPanel({ reportId, restore }: Props) {
  const revisions = useQuery(() => call('revisions:list', { reportId }), [reportId]);
  const [viewing, setViewing] = useState<number>();
  const revision = useQuery(
    () => (viewing === undefined ? Promise.resolve(undefined) : call('revisions:get', { id: viewing })),
    [viewing],
  );
  const { error, busy, run } = useAction();

  async function bringBack(id: number) {
    if (!window.confirm('恢复这个版本？当前内容会先保存为一个历史版本，随时可以再恢复回来。')) return;
    await run(async () => {
      await restore(id);
      setViewing(undefined);
      await revisions.reload();
    });
  }

  return (
    <div className="history" aria-label="历史版本">
      <h3>历史版本</h3>
      <p className="panel-hint">编辑时每 5 分钟自动留存一个版本；恢复旧版本前，当前内容也会留存。</p>
      <FormError message={error ?? revisions.error} />
      {revisions.data?.length === 0 && <p className="panel-hint">还没有历史版本。</p>}
      <ol className="revisions">
        {revisions.data?.map((entry) => (
          <li key={entry.id} className={entry.id === viewing ? 'viewing' : undefined}>
            <button
              type="button"
              className="link"
              onClick={() => setViewing(entry.id === viewing ? undefined : entry.id)}
            >
              {formatDateTime(entry.createdAt)}
            </button>
            <span className="reason">{revisionLabel(entry.reason, entry.createdAt)}</span>
            <span className="chars">{entry.chars} 字</span>
            {entry.id === viewing && revision.data && (
              <div className="revision-view">
                {revision.data.snapshot.parts
                  .filter((part) => part.plainText)
                  .map((part) => (
                    <section key={part.key}>
                      <h4>{part.heading}</h4>
                      <pre>{part.plainText}</pre>
                    </section>
                  ))}
                <button type="button" className="primary" disabled={busy} onClick={() => void bringBack(entry.id)}>
                  恢复此版本
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
