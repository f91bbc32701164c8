import { useMemo, useState } from 'react';
import type { BatchOutputFormat, BatchReviewEntry } from '../../../shared/batch-review/batch-review-entry';
import { defaultReportYear } from '../../../shared/report/default-report-year';
import { call } from '../../api';
import { FilePickButton } from '../../app/FilePickButton';
import { useAction } from '../../app/use-action';
import { navigate } from '../../app/use-hash-route';
import { useQuery } from '../../app/use-query';
import { BatchReportView } from './BatchReportView';
import { BatchTable } from './BatchTable';
import { BATCH_ACCEPT, batchUpload } from './batch-upload';
import { useBatchUpload } from './use-batch-upload';
import './batch-review.css';
import { FormError } from '../../app/FormError';

const OUTPUTS: { format: BatchOutputFormat; label: string }[] = [
  { format: 'xlsx', label: '下载汇总表（Excel）' },
  { format: 'csv', label: '下载 CSV' },
  { format: 'notice', label: '生成通报草稿（Word）' },
];

/** The batches the office has reviewed, newest first, and a new one. */
function BatchList() {
  const batches = useQuery(() => call('batch-review:list', undefined), []);
  const [title, setTitle] = useState(`${new Date().getFullYear()}年汇审`);
  const [year, setYear] = useState(() => String(defaultReportYear(new Date())));
  const creating = useAction();

  const create = () =>
    creating.run(async () => {
      const batch = await call('batch-review:create', { title, year: year.trim() ? Number(year) : null });
      navigate({ name: 'batch-review', batchId: batch.id });
    });

  return (
    <>
      <p className="batch-intro">
        依法治县办汇总审读各部门报送的法治政府建设年度报告：一次选择多份报告（.docx、.doc、.wps、.txt、.pdf），逐份检查五部分内容、不足的原因、第一责任人职责、下一年度安排和成文日期，生成汇总表和通报草稿。原文件只读取，不会被修改。
      </p>
      <form
        className="batch-new"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <label>
          汇审名称
          <input value={title} onChange={(event) => setTitle(event.target.value)} />
        </label>
        <label>
          报告年度
          <input value={year} inputMode="numeric" onChange={(event) => setYear(event.target.value)} />
        </label>
        <button type="submit" className="primary">
          开始新的汇审
        </button>
      </form>
      <FormError message={creating.error} />
      {batches.data && batches.data.length > 0 && (
        <ul className="batch-list" aria-label="以往的汇审">
          {batches.data.map((batch) => (
            <li key={batch.id}>
              <a href={`#/batch-review/${batch.id}`}>{batch.title}</a>（{batch.year ?? '年度按各报告'}，{batch.files}{' '}
              份）
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One batch: files picked and read one by one into the table, the rows' marks, and the outputs. */
function BatchView({ batchId }: { batchId: number }) {
  const batch = useQuery(() => call('batch-review:get', { batchId }), [batchId]);
  // Rows read since the batch was loaded, newest state of each; the loaded rows are the rest.
  const [streamed, setStreamed] = useState<BatchReviewEntry[]>([]);
  // A mark, a re-read or a saved output: one failure or one 已保存 said at a time.
  const action = useAction();
  const [savedTo, setSavedTo] = useState<string>();
  const entries = useMemo(() => {
    const loaded = batch.data?.entries ?? [];
    const fresh = new Map(streamed.map((entry) => [entry.id, entry]));
    return [
      ...loaded.map((entry) => fresh.get(entry.id) ?? entry),
      ...streamed.filter((entry) => !loaded.some((item) => item.id === entry.id)),
    ];
  }, [batch.data, streamed]);

  const upsert = (entry: BatchReviewEntry) =>
    setStreamed((list) =>
      list.some((item) => item.id === entry.id)
        ? list.map((item) => (item.id === entry.id ? entry : item))
        : [...list, entry],
    );
  const upload = useBatchUpload(batchId, upsert);
  const progress = upload.progress;

  function act(work: () => Promise<unknown>) {
    setSavedTo(undefined);
    return action.run(work);
  }

  async function save(format: BatchOutputFormat) {
    const saved = await call('batch-review:save-output', { batchId, format });
    if (saved) setSavedTo(saved.file);
  }

  if (batch.error)
    return (
      <p className="form-error" role="alert">
        {batch.error}
      </p>
    );
  return (
    <>
      <h2>
        {batch.data?.batch.title}
        {batch.data?.batch.year ? `（${batch.data.batch.year}年度）` : ''}
      </h2>
      <div className="batch-toolbar">
        <FilePickButton
          accept={BATCH_ACCEPT}
          className="primary"
          multiple
          disabled={progress?.running}
          onPick={upload.add}
        >
          选择各单位的报告（可多选）…
        </FilePickButton>
        {OUTPUTS.map((output) => (
          <button
            key={output.format}
            type="button"
            disabled={!entries.length || progress?.running}
            onClick={() => void act(() => save(output.format))}
          >
            {output.label}
          </button>
        ))}
      </div>
      {progress && (
        <div className="batch-progress" role="status">
          <progress value={progress.done} max={progress.total} />
          <span>
            {progress.running
              ? `正在读取 ${progress.done + 1} / ${progress.total}：${progress.current}`
              : progress.cancelled
                ? `已取消：读取了 ${progress.done} / ${progress.total} 份`
                : `已读取 ${progress.done} 份`}
          </span>
          {progress.running && (
            <button type="button" onClick={upload.cancel}>
              取消
            </button>
          )}
        </div>
      )}
      {upload.failures.map((failure) => (
        <p key={failure} className="form-error" role="alert">
          {failure}
        </p>
      ))}
      {action.error ? (
        <p className="form-error" role="alert">
          {action.error}
        </p>
      ) : (
        savedTo && (
          <p className="notice info" role="status">
            已保存：{savedTo}
          </p>
        )
      )}
      {entries.length === 0 ? (
        <p className="empty">还没有报告。点击“选择各单位的报告”，可以一次选中文件夹里的全部文件。</p>
      ) : (
        <BatchTable
          entries={entries}
          onOpen={(entry) => navigate({ name: 'batch-review', batchId, entryId: entry.id })}
          onNotified={(entry, notified) =>
            void act(async () => upsert(await call('batch-review:set-notified', { entryId: entry.id, notified })))
          }
          onReread={(entry, file) =>
            void act(async () =>
              upsert(await call('batch-review:reread', { entryId: entry.id, file: await batchUpload(file) })),
            )
          }
        />
      )}
    </>
  );
}

export function BatchReviewScreen({ batchId, entryId }: { batchId?: number; entryId?: number }) {
  return (
    <div className="batch-review">
      <header className="app-header">
        <h1>汇审</h1>
        <nav aria-label="汇审导航">
          <a href="#/">报告库</a>
          <a href="#/batch-review" aria-current={batchId ? undefined : 'page'}>
            全部汇审
          </a>
          {batchId && entryId && <a href={`#/batch-review/${batchId}`}>返回汇总表</a>}
        </nav>
      </header>
      <main>
        {!batchId ? (
          <BatchList />
        ) : entryId ? (
          <BatchReportView entryId={entryId} />
        ) : (
          <BatchView key={batchId} batchId={batchId} />
        )}
      </main>
    </div>
  );
}
