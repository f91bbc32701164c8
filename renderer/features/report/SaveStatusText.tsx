import type { PartKey } from '../../../shared/outline/part-key';
import { createStore, useStore, type Store } from '../../app/create-store';
import type { SaveStatus } from '../../editor/plugins/AutosavePlugin';

export type SaveStatuses = Partial<Record<PartKey, SaveStatus>>;

export interface SaveSummary {
  text: string;
  kind: 'idle' | 'busy' | 'saved' | 'error';
}

const time = (date: Date) => date.toLocaleTimeString('zh-CN', { hour12: false });

/** One line for the whole report out of every part's autosave: an error first, then work in progress. */
function summarize(statuses: SaveStatuses): SaveSummary {
  const all = Object.values(statuses);
  const error = all.find((status) => status.kind === 'error');
  if (error?.kind === 'error') return { kind: 'error', text: error.message };
  if (all.some((status) => status.kind === 'saving' || status.kind === 'unsaved'))
    return { kind: 'busy', text: '保存中…' };
  const times = all.flatMap((status) => (status.kind === 'saved' ? [status.at.getTime()] : []));
  if (times.length === 0) return { kind: 'idle', text: '修改会自动保存' };
  return { kind: 'saved', text: `已保存 ${time(new Date(Math.max(...times)))}` };
}

export const createSaveStatusStore = (): Store<SaveStatuses> => createStore<SaveStatuses>({});

/** The report's save status line; the only thing that re-renders when a part saves. */
export function SaveStatusText({ store }: { store: Store<SaveStatuses> }) {
  const summary = summarize(useStore(store));
  return (
    <span className={`save-status ${summary.kind}`} role="status">
      {summary.text}
    </span>
  );
}
