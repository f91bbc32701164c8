import { useState } from 'react';
import type { Finding } from '../../../shared/checks/finding';
import { localDate } from '../../../shared/status/deadlines-for';
import {
  NewReview,
  REVIEW_RESULT_LABELS,
  REVIEW_STAGE_LABELS,
  REVIEW_STAGES,
  type ReviewResult,
  type ReviewStage,
} from '../../../shared/status/review';
import { issueMessages } from '../../../shared/ipc/issue-messages';
import { DateInput } from '../../app/DateInput';

interface Props {
  /** The stage the form opens on: the next one the report is waiting for. */
  stage: ReviewStage;
  /** Possible personal data the checks see now, listed for 保密审查. */
  privacy: readonly Finding[];
  onRecord: (review: NewReview) => Promise<boolean>;
}

/** One sign-off as the reviewer gave it; the clerk types it in (several people, one PC). */
export function ReviewForm({ stage: initialStage, privacy, onRecord }: Props) {
  const [stage, setStage] = useState(initialStage);
  const [reviewer, setReviewer] = useState('');
  const [reviewedOn, setReviewedOn] = useState(() => localDate(new Date()));
  const [result, setResult] = useState<ReviewResult>('passed');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();

  async function submit() {
    const parsed = NewReview.safeParse({ stage, reviewer, reviewedOn, result, comment });
    if (!parsed.success) return setError(issueMessages(parsed.error));
    setError(undefined);
    if (await onRecord(parsed.data)) {
      setReviewer('');
      setComment('');
    }
  }

  return (
    <form
      className="review-form"
      aria-label="记录审核"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label>
        审核环节
        <select value={stage} onChange={(event) => setStage(event.target.value as ReviewStage)}>
          {REVIEW_STAGES.map((option) => (
            <option key={option} value={option}>
              {REVIEW_STAGE_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      <label>
        审核人
        <input value={reviewer} onChange={(event) => setReviewer(event.target.value)} placeholder="姓名（及职务）" />
      </label>
      <label>
        审核日期
        <DateInput value={reviewedOn || null} onChange={(date) => setReviewedOn(date ?? '')} />
      </label>
      <fieldset className="review-result">
        <legend>结果</legend>
        {(['passed', 'returned'] as const).map((option) => (
          <label key={option}>
            <input type="radio" name="review-result" checked={result === option} onChange={() => setResult(option)} />
            {REVIEW_RESULT_LABELS[option]}
          </label>
        ))}
      </fieldset>
      <label className="wide">
        审核意见
        <textarea value={comment} rows={2} onChange={(event) => setComment(event.target.value)} />
      </label>
      {stage === 'confidentiality' && (
        <div className="privacy-list wide" aria-label="可能涉及个人信息">
          {privacy.length === 0 ? (
            <p className="panel-hint">检查没有发现手机号码、身份证号码等个人信息。</p>
          ) : (
            <>
              <p className="panel-hint">检查发现 {privacy.length} 处可能涉及个人信息，请逐条确认可以公开：</p>
              <ul>
                {privacy.map((finding, index) => (
                  <li key={index}>{finding.message.split('。')[0]}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {error && <p className="form-error wide">{error}</p>}
      <button type="submit" className="primary wide">
        记录{REVIEW_STAGE_LABELS[stage]}
      </button>
    </form>
  );
}
