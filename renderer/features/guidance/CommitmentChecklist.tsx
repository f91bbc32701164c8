import type { LexicalEditor } from 'lexical';
import { matchCommitment } from '../../../shared/checks/match-commitment';
import type { PartKey } from '../../../shared/outline/part-key';
import { call } from '../../api';
import { useStore, type Store } from '../../app/create-store';
import { useQuery } from '../../app/use-query';
import type { LiveParts } from '../../editor/plugins/LivePartPlugin';
import { showParagraph } from './show-paragraph';
import './guidance.css';

interface Props {
  reportId: string;
  editors: ReadonlyMap<PartKey, LexicalEditor>;
  liveParts: Store<LiveParts>;
}

/**
 * 承诺兑现: last year's plans as this year's checklist. Each promise shows whether this year's
 * measures say what became of it — judged as the commitment-unreported check judges it — and
 * leads to the paragraph that does.
 */
export function CommitmentChecklist({ reportId, editors, liveParts }: Props) {
  const context = useQuery(() => call('reports:check-context', { reportId }), [reportId]);
  // Blocks keep their 沿用待更新 mark: last year's unedited words do not count as this year's report.
  const measures = useStore(liveParts).measures?.blocks ?? [];
  const plans = context.data?.previousPlans ?? [];
  if (plans.length === 0) return null;

  const items = plans.map((plan) => ({ plan, ...matchCommitment(plan, measures) }));
  const open = items.filter((item) => !item.reported).length;
  return (
    <section className="commitments" aria-label="承诺兑现">
      <h3>承诺兑现</h3>
      <p className="panel-hint">
        去年报告安排的工作，今年的举措和成效中应写明落实情况
        {open > 0 ? `；还有 ${open} 项没有写到。` : '；每一项都已写到。'}
      </p>
      <ul>
        {items.map(({ plan, reported, paragraph }) => (
          <li key={plan} className={`commitment ${reported ? 'reported' : 'unreported'}`}>
            <div className="commitment-plan">{plan}</div>
            {reported && paragraph !== null ? (
              <button
                type="button"
                className="link"
                onClick={() => showParagraph(editors, 'measures', paragraph, 0, measures[paragraph]?.text.length ?? 0)}
              >
                已写落实情况：查看
              </button>
            ) : (
              <button type="button" className="link" onClick={() => showParagraph(editors, 'measures', -1)}>
                尚未写落实情况
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
