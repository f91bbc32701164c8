import type { LexicalEditor } from 'lexical';
import { CHECKLIST_STATE_LABELS, type ChecklistState } from '../../../shared/outline/checklist';
import { closingGuidance } from '../../../shared/outline/closing-guidance';
import type { Outline, OutlinePart } from '../../../shared/outline/outline';
import type { PartKey } from '../../../shared/outline/part-key';
import { call } from '../../api';
import type { Store } from '../../app/create-store';
import { useQuery } from '../../app/use-query';
import type { Outlines } from '../report/OutlineSidebar';
import { CommitmentChecklist } from './CommitmentChecklist';
import { YearCheck } from './YearCheck';

const STATES: readonly ChecklistState[] = ['done', 'not-applicable', 'unwritten'];

/** 写作要点 for the part being written, and its menu as a checklist the clerk ticks. */
interface Props {
  reportId: string;
  outline: Outline;
  part: OutlinePart | undefined;
  /** Called after a mark is saved, so the checks see it. */
  onSaved: () => void;
  /** For the report-wide lists above the part's guidance: 年份核对 and 承诺兑现. */
  year: number;
  editors: ReadonlyMap<PartKey, LexicalEditor>;
  outlines: Store<Outlines>;
}

export function GuidancePanel({ reportId, outline, part, onSaved, year, editors, outlines }: Props) {
  const checklist = useQuery(() => call('checklist:list', { reportId }), [reportId]);
  const stateOf = (itemKey: string): ChecklistState =>
    checklist.data?.find((entry) => entry.itemKey === itemKey)?.state ?? 'unwritten';
  const indicatorLabel = (key: string) => outline.indicators.find((indicator) => indicator.key === key)?.label ?? key;

  async function mark(itemKey: string, state: ChecklistState) {
    await call('checklist:set', { reportId, entry: { itemKey, state } });
    await checklist.reload();
    onSaved();
  }

  const reportWide = (
    <>
      <YearCheck year={year} editors={editors} outlines={outlines} />
      <CommitmentChecklist reportId={reportId} editors={editors} outlines={outlines} />
    </>
  );
  if (!part) {
    return (
      <>
        {reportWide}
        <p className="panel-hint">点击报告中的某一部分，这里会显示它的写作要点。</p>
      </>
    );
  }
  return (
    <div className="guidance" aria-label="写作要点">
      {reportWide}
      <h3>写作要点</h3>
      <ul className="guidance-points">
        {part.guidance.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      {part.menu.length > 0 && (
        <>
          <h3>应写内容清单</h3>
          {checklist.error && <p className="form-error">{checklist.error}</p>}
          <ul className="checklist">
            {part.menu.map((item) => (
              <li key={item.key} data-item={item.key} className={`checklist-item state-${stateOf(item.key)}`}>
                <div className="checklist-label">{item.label}</div>
                <div className="checklist-guidance">{item.guidance}</div>
                {item.indicators.length > 0 && (
                  <div className="checklist-indicators">相关指标：{item.indicators.map(indicatorLabel).join('、')}</div>
                )}
                <div className="checklist-states" role="radiogroup" aria-label={`${item.label}的状态`}>
                  {STATES.map((state) => (
                    <button
                      key={state}
                      type="button"
                      role="radio"
                      aria-checked={stateOf(item.key) === state}
                      onClick={() => void mark(item.key, state)}
                    >
                      {CHECKLIST_STATE_LABELS[state]}
                    </button>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>落款和成文日期</h3>
      <ul className="guidance-points">
        {closingGuidance(outline, year).map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
    </div>
  );
}
