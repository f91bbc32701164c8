import { useMemo, useState } from 'react';
import type { BatchReviewEntry } from '../../../shared/batch-review/batch-review-entry';
import { BATCH_COLUMNS } from '../../../shared/batch-review/batch-review-table';
import { FilePickButton } from '../../app/FilePickButton';
import { BATCH_ACCEPT } from './batch-upload';

interface Props {
  entries: readonly BatchReviewEntry[];
  onOpen: (entry: BatchReviewEntry) => void;
  onNotified: (entry: BatchReviewEntry, notified: boolean) => void;
  onReread: (entry: BatchReviewEntry, file: File) => void;
}

const incomplete = (entry: BatchReviewEntry) => !entry.report?.complete;
const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** The roll-up, one row a file: sortable by any column, filterable to the reports that need work. */
export function BatchTable({ entries, onOpen, onNotified, onReread }: Props) {
  const [sort, setSort] = useState<{ column: number; descending: boolean }>();
  const [onlyIncomplete, setOnlyIncomplete] = useState(false);

  const rows = useMemo(() => {
    const shown = onlyIncomplete ? entries.filter(incomplete) : [...entries];
    if (!sort) return shown;
    const cell = BATCH_COLUMNS[sort.column]!.cell;
    return shown.sort((a, b) => collator.compare(cell(a), cell(b)) * (sort.descending ? -1 : 1));
  }, [entries, sort, onlyIncomplete]);

  return (
    <section aria-label="汇审结果">
      <label className="batch-filter">
        <input type="checkbox" checked={onlyIncomplete} onChange={(event) => setOnlyIncomplete(event.target.checked)} />
        只看不完整的（{entries.filter(incomplete).length} 份）
      </label>
      <div className="batch-table-wrap">
        <table className="batch-table" aria-label="各单位报告汇总">
          <thead>
            <tr>
              {BATCH_COLUMNS.map((column, index) => (
                <th
                  key={column.header}
                  aria-sort={sort?.column === index ? (sort.descending ? 'descending' : 'ascending') : undefined}
                >
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      setSort({ column: index, descending: sort?.column === index ? !sort.descending : false })
                    }
                  >
                    {column.header}
                  </button>
                </th>
              ))}
              <th>操作</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => (
              <tr
                key={entry.id}
                className={entry.report ? (entry.report.complete ? 'complete' : 'incomplete') : 'unreadable'}
              >
                {BATCH_COLUMNS.map((column) => (
                  <td key={column.header} data-column={column.header}>
                    {column.cell(entry)}
                  </td>
                ))}
                <td className="batch-actions">
                  {entry.report && (
                    <button type="button" onClick={() => onOpen(entry)}>
                      查看
                    </button>
                  )}
                  <button type="button" onClick={() => onNotified(entry, !entry.notified)}>
                    {entry.notified ? '取消“已通知修改”' : '标为已通知修改'}
                  </button>
                  <FilePickButton accept={BATCH_ACCEPT} onPick={(file) => onReread(entry, file)}>
                    重新读取修改稿…
                  </FilePickButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
