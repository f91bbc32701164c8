import type { ImportDraft } from '../../../shared/import/import-draft';
import { DateInput } from '../../app/DateInput';

/** The report's facts as read from the source; each can be corrected before the import is saved. */
export function ImportHeaderFields({
  draft,
  yearProposed,
  onChange,
}: {
  draft: ImportDraft;
  yearProposed: boolean;
  onChange: (draft: ImportDraft) => void;
}) {
  const field = (label: string, key: 'title' | 'organization' | 'addressee' | 'signature') => (
    <label>
      {label}
      <input value={draft[key]} onChange={(event) => onChange({ ...draft, [key]: event.target.value })} />
    </label>
  );
  return (
    <fieldset className="import-header" aria-label="报告信息">
      {field('报告标题', 'title')}
      {field('单位名称', 'organization')}
      <label>
        报告年度
        <input
          type="number"
          value={draft.year ?? ''}
          onChange={(event) =>
            onChange({ ...draft, year: event.target.value === '' ? null : Number(event.target.value) })
          }
        />
        {yearProposed && <span className="option-hint">原文没有写明年度，这是按今天的日期推定的，请核对。</span>}
      </label>
      {field('主送机关', 'addressee')}
      {field('发文机关署名', 'signature')}
      <label>
        成文日期
        <DateInput
          value={draft.date}
          onChange={(date) => onChange({ ...draft, date })}
          {...(draft.year && { example: `${draft.year + 1}-01-07` })}
        />
        {!draft.date && draft.dateText && (
          <span className="option-hint">原文写作“{draft.dateText}”，不是有效日期，请填写正确的日期。</span>
        )}
      </label>
    </fieldset>
  );
}
