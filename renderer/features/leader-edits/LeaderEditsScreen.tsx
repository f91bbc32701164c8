import { useState } from 'react';
import { IMPORT_LIMITS } from '../../../shared/import/import-limits';
import type { LeaderEditsProposal } from '../../../shared/leader-edits/leader-edits-proposal';
import { call } from '../../api';
import { FilePickButton } from '../../app/FilePickButton';
import { readFileUpload, type FileUpload } from '../../app/read-file-upload';
import { useAction } from '../../app/use-action';
import { navigate } from '../../app/use-hash-route';
import { useQuery } from '../../app/use-query';
import { LeaderEditsTable } from './LeaderEditsTable';
import './leader-edits.css';
import { FormError } from '../../app/FormError';
import { HiddenTextNotice } from '../../app/HiddenTextNotice';

const takeable = (proposal: LeaderEditsProposal) =>
  proposal.rows.filter((row) => row.change && !row.change.notTakeable).map((row) => row.id);

/**
 * 导入修改稿: the DOCX the leader edited in WPS or Word, beside the report paragraph by paragraph.
 * The clerk takes or leaves each change; nothing is saved before 采纳所选修改, and the state
 * before is kept in the history.
 */
export function LeaderEditsScreen({ reportId }: { reportId: string }) {
  const report = useQuery(() => call('reports:get', { id: reportId }), [reportId]);
  const [upload, setUpload] = useState<FileUpload>();
  const [proposal, setProposal] = useState<LeaderEditsProposal>();
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [confirmForeign, setConfirmForeign] = useState(false);
  const { error, busy, run } = useAction();
  const back = `#/reports/${encodeURIComponent(reportId)}`;

  async function pick(file: File) {
    await run(async () => {
      const picked = { reportId, ...(await readFileUpload(file, IMPORT_LIMITS.fileBytes, '一份年度报告')) };
      const read = await call('leader-edits:read', picked);
      setUpload(picked);
      setProposal(read);
      setChosen(new Set(takeable(read)));
      setConfirmForeign(false);
    });
  }

  async function accept() {
    if (!upload || !proposal) return;
    const accepted = await run(() =>
      call('leader-edits:accept', {
        ...upload,
        reportId,
        reportUpdatedAt: proposal.reportUpdatedAt,
        rowIds: [...chosen],
        confirmForeign,
      }),
    );
    if (accepted) navigate({ name: 'report', id: reportId, panel: 'history' });
  }

  const changeCount = proposal?.rows.filter((row) => row.change).length ?? 0;
  const commentCount = proposal?.rows.reduce((sum, row) => sum + row.comments.length, 0) ?? 0;
  const blockedByWarning = !!proposal?.foreignWarning && !confirmForeign;

  return (
    <div className="leader-edits-screen">
      <header className="app-header">
        <a href={back} className="back">
          ← 返回
        </a>
        <h1>{report.data ? `导入修改稿到“${report.data.title}”` : '导入修改稿'}</h1>
      </header>
      <main>
        <p className="panel-hint">
          选择领导在 WPS 或 Word 中改过的本报告
          .docx（可带修订和批注）。逐段对照后，勾选要采纳的修改；采纳前会自动保存一个历史版本，可以随时恢复。
        </p>
        <FilePickButton
          accept=".docx"
          className={proposal ? '' : 'primary'}
          disabled={busy}
          onPick={(file) => void pick(file)}
        >
          {proposal ? '重新选择修改稿…' : '选择修改稿（.docx）…'}
        </FilePickButton>
        {busy && <p role="status">正在处理…</p>}
        <FormError message={error} />
        {proposal && (
          <section aria-label="修改对照">
            {proposal.foreignWarning && (
              <div className="leader-edits-warning" role="alert">
                <p>{proposal.foreignWarning}</p>
                <label>
                  <input
                    type="checkbox"
                    checked={confirmForeign}
                    onChange={(event) => setConfirmForeign(event.target.checked)}
                  />
                  我已核对，这是本报告的修改稿
                </label>
              </div>
            )}
            <HiddenTextNotice hidden={proposal.hidden}>
              这些文字在修改稿中设成了“隐藏”，在 WPS、Word 中看不到，也不会打印，不作为领导的修改读入。
              报告中原有的文字被设为隐藏的，下表列为删除，注明“在修改稿中被设为隐藏”，请核对后决定是否采纳。
            </HiddenTextNotice>
            <p className="leader-edits-summary" role="status">
              {changeCount
                ? `共 ${changeCount} 处修改，已选 ${chosen.size} 处`
                : '修改稿与报告的文字一致，没有要采纳的修改'}
              {commentCount > 0 && `；批注 ${commentCount} 条`}
            </p>
            <div className="leader-edits-actions">
              <button
                type="button"
                disabled={busy || !changeCount}
                onClick={() => setChosen(new Set(takeable(proposal)))}
              >
                全部采纳
              </button>
              <button type="button" disabled={busy || !changeCount} onClick={() => setChosen(new Set())}>
                全部不采纳
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy || chosen.size === 0 || blockedByWarning}
                onClick={() => void accept()}
              >
                采纳所选修改
              </button>
            </div>
            <LeaderEditsTable
              rows={proposal.rows}
              chosen={chosen}
              onToggle={(id, taken) =>
                setChosen((current) => {
                  const next = new Set(current);
                  if (taken) next.add(id);
                  else next.delete(id);
                  return next;
                })
              }
            />
          </section>
        )}
      </main>
    </div>
  );
}
