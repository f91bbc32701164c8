import { useState } from 'react';
import { IMPORT_LIMITS } from '../../../shared/import/import-limits';
import type { ImportSource } from '../../../shared/import/import-source';
import { FilePickButton } from '../../app/FilePickButton';
import { readFileUpload } from '../../app/read-file-upload';
import { useAction } from '../../app/use-action';
import { REPORT_FILE_ACCEPT } from '../../../shared/import/import-limits';
import { FormError } from '../../app/FormError';

/** Where the report comes from: a .docx or .txt file, or the whole text pasted in. */
export function ImportSourceStep({ busy, onRead }: { busy: boolean; onRead: (source: ImportSource) => Promise<void> }) {
  const [text, setText] = useState('');
  // The parent says when the reading is busy; the failure is shown here, beside the source.
  const { error, run } = useAction();

  async function pick(file: File) {
    await run(async () => {
      const upload = await readFileUpload(file, IMPORT_LIMITS.fileBytes, '一份年度报告');
      await onRead({ kind: 'file', ...upload });
    });
  }

  return (
    <section className="import-source" aria-label="选择要导入的报告">
      <p>
        选择往年的报告文件（WPS 或 Word 保存的 .docx、旧版 .doc / .wps、带文字的 PDF，或 .txt
        文本），也可以把整篇报告复制后粘贴到下面。导入前会先给您核对识别结果，确认后才保存。
      </p>
      <FilePickButton
        accept={REPORT_FILE_ACCEPT}
        className="primary"
        disabled={busy}
        onPick={(file) => void pick(file)}
      >
        选择文件（.docx / .doc / .wps / .txt / .pdf）…
      </FilePickButton>
      <label className="paste-label">
        或粘贴整篇报告
        <textarea
          value={text}
          rows={12}
          onChange={(event) => setText(event.target.value)}
          placeholder="××局关于××××年度法治政府建设情况的报告……"
        />
      </label>
      <button
        type="button"
        disabled={busy || text.trim() === ''}
        onClick={() => void run(() => onRead({ kind: 'text', text }))}
      >
        识别粘贴的文字
      </button>
      {busy && <p role="status">正在识别…</p>}
      <FormError message={error} />
    </section>
  );
}
