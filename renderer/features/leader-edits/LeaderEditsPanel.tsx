import { useState } from 'react';
import type { Output } from '../../../shared/ipc/contract';
import { LEADER_DOCX_MAX_BYTES } from '../../../shared/leader-edits/leader-edits-schema';
import { call, errorMessage } from '../../api';
import { readFileUpload, type FileUpload } from '../../app/read-file-upload';
import './leader-edits.css';

type Preview = Output<'leader-edits:preview'>;
type Change = Preview['changes'][number];

const KIND_LABELS: Record<Change['kind'], string> = {
  changed: '修改',
  added: '新增段落',
  removed: '删除段落',
  comment: '批注',
};

function Side({ change, side }: { change: Change; side: 'before' | 'after' }) {
  const hidden = side === 'before' ? 'added' : 'removed';
  return (
    <div className={`leader-side ${side}`}>
      {change.pieces
        .filter((piece) => piece.kind !== hidden)
        .map((piece, index) =>
          piece.kind === 'same' ? (
            <span key={index}>{piece.text}</span>
          ) : (
            <mark key={index} className={piece.kind}>
              {piece.text}
            </mark>
          ),
        )}
    </div>
  );
}

/**
 * 导入修改稿: the DOCX that came back from the leader beside the report, paragraph by paragraph; each
 * change taken or left, or all at once. The services keep the state before as a revision.
 */
export function LeaderEditsPanel({ reportId, onApplied }: { reportId: string; onApplied: () => void }) {
  const [file, setFile] = useState<FileUpload>();
  const [preview, setPreview] = useState<Preview>();
  const [taken, setTaken] = useState<Set<number>>(new Set());
  const [confirmed, setConfirmed] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string }>();

  async function pick(picked: File | undefined) {
    if (!picked) return;
    setMessage(undefined);
    try {
      const upload = await readFileUpload(picked, LEADER_DOCX_MAX_BYTES, '一份报告');
      const result = await call('leader-edits:preview', { reportId, ...upload });
      setFile(upload);
      setPreview(result);
      setConfirmed(false);
      setTaken(new Set(result.changes.filter((change) => change.kind !== 'comment').map((change) => change.id)));
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    }
  }

  async function accept(ids: number[]) {
    if (!file) return;
    try {
      const result = await call('leader-edits:accept', {
        reportId,
        ...file,
        taken: ids,
        confirmedOtherReport: confirmed,
      });
      setMessage({
        kind: 'done',
        text:
          `已采纳 ${result.applied} 处修改，保存为历史版本“领导修改稿”；导入前的内容也已保存为历史版本。` +
          (result.skipped.length > 0 ? `有 ${result.skipped.length} 处（标题、署名、表格等）需要您手工修改。` : ''),
      });
      setPreview(undefined);
      onApplied();
    } catch (error) {
      setMessage({ kind: 'error', text: errorMessage(error) });
    }
  }

  const changes = preview?.changes ?? [];
  const toggle = (id: number) =>
    setTaken((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const blocked = !!preview?.warning && !confirmed;

  return (
    <section className="leader-edits" aria-label="导入修改稿">
      <h2>导入修改稿</h2>
      <p className="panel-hint">
        选择领导改过后发回的 .docx 文件（WPS 的修订和批注都会列出来）。确认采纳之前，报告不会改变。
      </p>
      <label className="leader-file">
        选择修改稿…
        <input type="file" accept=".docx" onChange={(event) => void pick(event.currentTarget.files?.[0])} />
      </label>
      {preview?.warning && (
        <div className="leader-warning" role="alert">
          <p>{preview.warning}</p>
          <label>
            <input
              type="checkbox"
              checked={confirmed}
              onChange={(event) => setConfirmed(event.currentTarget.checked)}
            />
            我确认就是这份报告的修改稿
          </label>
        </div>
      )}
      {preview && changes.length === 0 && <p className="panel-hint">修改稿与报告完全一致，没有需要采纳的修改。</p>}
      {changes.length > 0 && (
        <>
          <ol className="leader-changes">
            {changes.map((change) => (
              <li key={change.id} className={`leader-change ${change.kind}`} aria-label={KIND_LABELS[change.kind]}>
                <div className="leader-change-head">
                  {change.kind !== 'comment' && (
                    <label>
                      <input type="checkbox" checked={taken.has(change.id)} onChange={() => toggle(change.id)} />
                      采纳
                    </label>
                  )}
                  <span className="leader-kind">{KIND_LABELS[change.kind]}</span>
                </div>
                <div className="leader-pair">
                  <Side change={change} side="before" />
                  <Side change={change} side="after" />
                </div>
                {change.comments.map((comment, index) => (
                  <p key={index} className="leader-comment">
                    批注：{comment}
                  </p>
                ))}
              </li>
            ))}
          </ol>
          <div className="export-actions">
            <button
              type="button"
              className="primary"
              disabled={blocked}
              onClick={() => void accept(changes.map((change) => change.id))}
            >
              全部采纳
            </button>
            <button type="button" disabled={blocked || taken.size === 0} onClick={() => void accept([...taken])}>
              采纳所选（{taken.size} 处）
            </button>
          </div>
        </>
      )}
      {message && (
        <p
          className={message.kind === 'error' ? 'form-error' : 'export-done'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
