import type { DiffSegment, LeaderEditRow } from '../../../shared/leader-edits/leader-edits-proposal';

const KIND_LABELS = { edit: '修改', insert: '新增段落', delete: '删除段落' } as const;

function Segments({ segments, side }: { segments: DiffSegment[] | null; side: 'before' | 'after' }) {
  if (!segments)
    return (
      <span className="leader-edits-none">{side === 'before' ? '（领导新增的段落）' : '（领导删去了这一段）'}</span>
    );
  return (
    <>
      {segments.map((segment, index) =>
        segment.changed ? (
          <mark key={index} className={side === 'before' ? 'removed' : 'added'}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/** The changed and commented paragraphs side by side: report, leader's file, comments, take or leave. */
export function LeaderEditsTable({
  rows,
  chosen,
  onToggle,
}: {
  rows: LeaderEditRow[];
  chosen: ReadonlySet<number>;
  onToggle: (id: number, taken: boolean) => void;
}) {
  const shown = rows.filter((row) => row.change || row.comments.length);
  if (!shown.length) return null;
  return (
    <table className="leader-edits-table">
      <thead>
        <tr>
          <th scope="col">报告原文</th>
          <th scope="col">领导修改稿</th>
          <th scope="col">批注</th>
          <th scope="col">采纳</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => (
          <tr key={row.id} data-row={row.id} className={row.change ? 'changed' : 'commented'}>
            <td>
              <Segments segments={row.before} side="before" />
            </td>
            <td>
              <Segments segments={row.after} side="after" />
            </td>
            <td>
              {row.comments.map((comment, index) => (
                <p key={index} className="leader-edits-comment">
                  <strong>{comment.author || '批注'}：</strong>
                  {comment.text}
                </p>
              ))}
            </td>
            <td>
              {row.change && (
                <>
                  <span className="leader-edits-kind">
                    {KIND_LABELS[row.change.kind]}
                    {row.change.tracked
                      ? `（修订${row.change.authors.length ? `：${row.change.authors.join('、')}` : ''}）`
                      : '（直接改动）'}
                  </span>
                  {row.change.reason && <span className="leader-edits-reason">{row.change.reason}</span>}
                  {row.change.notTakeable ? (
                    <span className="leader-edits-blocked">{row.change.notTakeable}</span>
                  ) : (
                    <label>
                      <input
                        type="checkbox"
                        checked={chosen.has(row.id)}
                        onChange={(event) => onToggle(row.id, event.target.checked)}
                      />
                      采纳
                    </label>
                  )}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
