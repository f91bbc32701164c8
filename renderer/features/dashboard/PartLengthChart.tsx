import { PART_LABELS } from '../../../shared/outline/part-labels';
import type { ReportOverview } from '../../../shared/status/report-overview';

/** Each part's length against its target, as bars: a thin part shows before anyone reads it. */
export function PartLengthChart({ parts }: { parts: ReportOverview['parts'] }) {
  const measured = parts.filter((part) => part.targetChars > 0);
  return (
    <figure className="part-lengths" aria-label="各部分字数">
      <figcaption>各部分字数与建议字数</figcaption>
      {measured.map((part) => {
        const share = Math.min(1, part.chars / part.targetChars);
        return (
          <div key={part.key} className="part-length" data-part={part.key}>
            <span className="part-length-label">
              {PART_LABELS[part.key]}
              {part.required && <span className="required">*</span>}
            </span>
            <span className="part-length-track" title={`建议不少于 ${part.targetChars} 字`}>
              <span
                className={`part-length-bar ${share >= 1 ? 'full' : 'short'}`}
                style={{ width: `${share * 100}%` }}
              />
            </span>
            <span className="part-length-count">
              {part.chars} / {part.targetChars} 字
            </span>
          </div>
        );
      })}
    </figure>
  );
}
