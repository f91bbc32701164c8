import type { LexicalEditor } from 'lexical';
import { CHECKLIST_STATE_LABELS, type ChecklistChoice, type ChecklistState } from '../../../shared/outline/checklist';
import { closingGuidance } from '../../../shared/outline/closing-guidance';
import { menuCoverage, menuItemState, type MenuItemState } from '../../../shared/outline/menu-coverage';
import type { MenuItem, Outline, OutlinePart } from '../../../shared/outline/outline';
import type { PartKey } from '../../../shared/outline/part-key';
import { call } from '../../api';
import { useStore, type Store } from '../../app/create-store';
import { useQuery } from '../../app/use-query';
import type { LiveParts } from '../../editor/plugins/LivePartPlugin';
import { CommitmentChecklist } from './CommitmentChecklist';
import { YearCheck } from './YearCheck';

const STATES: readonly ChecklistState[] = ['done', 'not-applicable', 'unwritten'];

/**
 * 写作要点 for the part being written, and its menu as a checklist: ticked 已写（自动） when the part's
 * text covers an item, otherwise by the clerk, whose mark wins either way.
 */
interface Props {
  reportId: string;
  outline: Outline;
  part: OutlinePart | undefined;
  /** Called after a mark is saved, so the checks see it. */
  onSaved: () => void;
  /** For the report-wide lists above the part's guidance: 年份核对 and 承诺兑现. */
  year: number;
  editors: ReadonlyMap<PartKey, LexicalEditor>;
  liveParts: Store<LiveParts>;
}

export function GuidancePanel({ reportId, outline, part, onSaved, year, editors, liveParts }: Props) {
  const checklist = useQuery(() => call('checklist:list', { reportId }), [reportId]);
  // The part's text as its editor last published it, which the live checks read too.
  const published = useStore(liveParts);
  const blocks = (part && published[part.key]?.blocks) ?? [];
  const markOf = (itemKey: string) => checklist.data?.find((entry) => entry.itemKey === itemKey)?.state;
  const stateOf = (item: MenuItem): MenuItemState => menuItemState(item, markOf(item.key), blocks);
  const indicatorLabel = (key: string) => outline.indicators.find((indicator) => indicator.key === key)?.label ?? key;

  async function mark(itemKey: string, state: ChecklistChoice['state']) {
    await call('checklist:set', { reportId, entry: { itemKey, state } });
    await checklist.reload();
    onSaved();
  }

  const reportWide = (
    <>
      <YearCheck year={year} editors={editors} liveParts={liveParts} />
      <CommitmentChecklist reportId={reportId} editors={editors} liveParts={liveParts} />
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
            {part.menu.map((item) => {
              const state = stateOf(item);
              const words = state === 'auto-done' ? menuCoverage(item, blocks) : null;
              return (
                <li key={item.key} data-item={item.key} className={`checklist-item state-${state}`}>
                  <div className="checklist-label">{item.label}</div>
                  <div className="checklist-guidance">{item.guidance}</div>
                  {item.indicators.length > 0 && (
                    <div className="checklist-indicators">
                      相关指标：{item.indicators.map(indicatorLabel).join('、')}
                    </div>
                  )}
                  <div className="checklist-states" role="radiogroup" aria-label={`${item.label}的状态`}>
                    {STATES.map((choice) => {
                      const shown = choice === 'done' && state === 'auto-done' ? 'auto-done' : choice;
                      return (
                        <button
                          key={choice}
                          type="button"
                          role="radio"
                          aria-checked={state === shown}
                          onClick={() => void mark(item.key, choice)}
                        >
                          {CHECKLIST_STATE_LABELS[shown]}
                        </button>
                      );
                    })}
                  </div>
                  {words && (
                    <div className="checklist-auto">
                      正文写到了{words.map((word) => `“${word}”`).join('、')}
                      ，自动记为已写；不准确时请标为“未写”或“不适用”。
                    </div>
                  )}
                  {markOf(item.key) && item.keywords.length > 0 && (
                    <button type="button" className="link checklist-reset" onClick={() => void mark(item.key, 'auto')}>
                      改回按正文自动判断
                    </button>
                  )}
                </li>
              );
            })}
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
