import type { LexicalEditor } from 'lexical';
import { PART_LABELS } from '../../../shared/outline/part-labels';
import { PART_KEYS, type PartKey } from '../../../shared/outline/part-key';
import { findStaleYears, type YearOffer } from '../../../shared/carryover/find-stale-years';
import { useStore, type Store } from '../../app/create-store';
import { $applyYearOffer, $keepYear } from '../../editor/edits/year-offer-edits';
import { $carriedBlocks } from '../../editor/nodes/carryover-state';
import type { LiveParts } from '../../editor/plugins/LivePartPlugin';
import { showParagraph } from './show-paragraph';
import './guidance.css';

interface Props {
  year: number;
  editors: ReadonlyMap<PartKey, LexicalEditor>;
  /** Published a moment after each edit: the list is read again from the editors then. */
  liveParts: Store<LiveParts>;
}

/**
 * 年份核对: each year in text copied from last year's report that may need moving on, with the
 * words around it and a button for each choice. Nothing changes without a click, and each click
 * is an ordinary edit of that part (undo takes it back).
 */
export function YearCheck({ year, editors, liveParts }: Props) {
  // Subscribing re-renders this panel whenever an editor publishes a change; the offers are then read afresh.
  useStore(liveParts);
  const offers = findStaleYears(
    PART_KEYS.flatMap(
      (part) =>
        editors
          .get(part)
          ?.getEditorState()
          .read(() => $carriedBlocks(part)) ?? [],
    ),
    year,
  );
  if (offers.length === 0) return null;

  const act = (offer: YearOffer, command: (offer: YearOffer) => boolean) =>
    editors.get(offer.part)?.update(() => void command(offer));
  const editable = (offer: YearOffer) => editors.get(offer.part)?.isEditable() ?? false;

  return (
    <section className="year-check" aria-label="年份核对">
      <h3>年份核对</h3>
      <p className="panel-hint">
        以下年份在从去年报告沿用的文字中，可能需要改为今年。逐条确认：比较、引用往年的年份请保留。
      </p>
      <ul>
        {offers.map((offer) => (
          <li key={`${offer.part}-${offer.paragraph}-${offer.start}`} className="year-offer">
            <button
              type="button"
              className="link year-offer-context"
              onClick={() => showParagraph(editors, offer.part, offer.paragraph, offer.start, offer.end)}
            >
              <span className="year-offer-part">{PART_LABELS[offer.part]}</span>
              {offer.context}
            </button>
            {editable(offer) && (
              <span className="year-offer-actions">
                <button type="button" className="primary" onClick={() => act(offer, $applyYearOffer)}>
                  改为{offer.to}
                </button>
                <button type="button" onClick={() => act(offer, $keepYear)}>
                  保留
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
