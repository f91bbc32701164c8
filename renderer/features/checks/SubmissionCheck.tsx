import type { LexicalEditor } from 'lexical';
import { findingKey, submissionReadiness } from '../../../shared/checks/acknowledgement';
import { submissionCounts } from '../../../shared/checks/blocks-submission';
import type { CheckResult } from '../../../shared/checks/run-checks';
import type { PartKey } from '../../../shared/outline/part-key';
import { call } from '../../api';
import { useStore, type Store } from '../../app/create-store';
import { formatDateTime } from '../../app/format-date-time';
import { useAction } from '../../app/use-action';
import { useQuery } from '../../app/use-query';
import { showFinding } from './finding-in-editor';
import { FindingReviewItem } from './FindingReviewItem';
import { FormError } from '../../app/FormError';

interface Props {
  reportId: string;
  results: Store<CheckResult | undefined>;
  editors: ReadonlyMap<PartKey, LexicalEditor>;
  onClose: () => void;
}

/**
 * 提交前检查: every error (an unwritten required part too) must be fixed, or confirmed as intended with a reason that is recorded in
 * the report. Warnings and hints are counted, not required.
 */
export function SubmissionCheck({ reportId, results, editors, onClose }: Props) {
  const result = useStore(results);
  const acknowledgements = useQuery(() => call('acknowledgements:list', { reportId }), [reportId]);
  const acknowledge = useAction();
  if (!result || !acknowledgements.data) return null;
  const readiness = submissionReadiness(result.findings, acknowledgements.data);
  // An unwritten part is listed above among the errors, not counted again as a hint.
  const counts = submissionCounts(result.findings);

  // A note saved or withdrawn changes what blocks 报送, so the list is read again after it.
  async function run(action: () => Promise<unknown>): Promise<void> {
    await acknowledge.run(async () => {
      await action();
      await acknowledgements.reload();
    });
  }

  return (
    <div className="dialog-backdrop">
      <div className="dialog submission-check" role="dialog" aria-modal="true" aria-label="提交前检查">
        <h2>提交前检查</h2>
        <p className={`readiness ${readiness.ready ? 'ready' : 'blocked'}`} role="status">
          {readiness.ready
            ? '可以报送：所有错误都已修改或已确认无误。'
            : `还有 ${readiness.blocking.length} 个错误需要修改，或确认无误并写明理由。`}
        </p>
        <p className="panel-hint">
          另有警告 {counts.warning} 条、提示 {counts.info} 条，不影响报送，建议逐条看一遍。
        </p>
        <FormError message={acknowledge.error} />
        <ul className="blocking">
          {readiness.blocking.map((finding) => (
            <FindingReviewItem
              key={findingKey(finding)}
              finding={finding}
              onShow={() => {
                onClose();
                showFinding(editors, finding);
              }}
              onAcknowledge={(note) =>
                run(() => call('acknowledgements:save', { reportId, findingKey: findingKey(finding), note }))
              }
            />
          ))}
        </ul>
        {readiness.acknowledged.length > 0 && (
          <>
            <h3>已确认无误</h3>
            <ul className="acknowledged">
              {readiness.acknowledged.map(({ finding, acknowledgement }) => (
                <li key={acknowledgement.findingKey}>
                  <div>{finding.message}</div>
                  <div className="acknowledgement-note">
                    理由：{acknowledgement.note}（{formatDateTime(acknowledgement.createdAt)}）
                  </div>
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      void run(() =>
                        call('acknowledgements:withdraw', { reportId, findingKey: acknowledgement.findingKey }),
                      )
                    }
                  >
                    撤销确认
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={onClose}>
            关闭
          </button>
        </div>
      </div>
    </div>
  );
}
