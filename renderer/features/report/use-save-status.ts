import { useCallback, useState } from 'react';
import type { PartKey } from '../../../shared/outline/part-key';
import type { SaveStatus } from '../../editor/plugins/AutosavePlugin';

export interface SaveSummary {
  text: string;
  kind: 'idle' | 'busy' | 'saved' | 'error';
}

const time = (date: Date) => date.toLocaleTimeString('zh-CN', { hour12: false });

/** One line for the whole report out of every part's autosave: an error first, then work in progress. */
export function summarize(statuses: Partial<Record<PartKey, SaveStatus>>): SaveSummary {
  const all = Object.values(statuses);
  const error = all.find((status) => status.kind === 'error');
  if (error?.kind === 'error') return { kind: 'error', text: error.message };
  if (all.some((status) => status.kind === 'saving' || status.kind === 'unsaved')) return { kind: 'busy', text: '保存中…' };
  const times = all.flatMap((status) => (status.kind === 'saved' ? [status.at.getTime()] : []));
  if (times.length === 0) return { kind: 'idle', text: '修改会自动保存' };
  return { kind: 'saved', text: `已保存 ${time(new Date(Math.max(...times)))}` };
}

export function useSaveStatus() {
  const [statuses, setStatuses] = useState<Partial<Record<PartKey, SaveStatus>>>({});
  const report = useCallback((key: PartKey, status: SaveStatus) => setStatuses((current) => ({ ...current, [key]: status })), []);
  return { summary: summarize(statuses), report };
}
