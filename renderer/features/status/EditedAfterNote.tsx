import { editedWhatLabel, type EditAfterReview } from '../../../shared/status/edit-after-review';
import { formatDateTime } from '../../app/format-date-time';

/** Under a review: the text was changed after it, so whoever signs next knows they see a later text. */
export function EditedAfterNote({ edits }: { edits: readonly EditAfterReview[] }) {
  if (edits.length === 0) return null;
  const last = edits
    .map((edit) => edit.lastAt)
    .toSorted()
    .at(-1)!;
  return (
    <div className="edited-after-review" role="note">
      此后正文有改动：{edits.map((edit) => editedWhatLabel(edit.what)).join('、')}（最后改动 {formatDateTime(last)}）
    </div>
  );
}
