import type { LexicalEditor } from 'lexical';
import { useMemo } from 'react';
import type { PartKey } from '../../../shared/outline/part-key';
import type { Report } from '../../../shared/report/report';
import { call } from '../../api';
import type { Store } from '../../app/create-store';
import type { PartEditorProps } from '../../editor/PartEditor';
import type { SaveStatus } from '../../editor/plugins/AutosavePlugin';
import type { LivePart } from '../../editor/plugins/LivePartPlugin';
import type { LiveParts } from '../../editor/plugins/LivePartPlugin';
import type { SaveStatuses } from './SaveStatusText';

export type PartCallbacks = Pick<PartEditorProps, 'save' | 'onStatus' | 'onLivePart' | 'onFocus' | 'editorRef'>;

interface Deps {
  report: Report;
  editors: Map<PartKey, LexicalEditor>;
  saveStatuses: Store<SaveStatuses>;
  liveParts: Store<LiveParts>;
  setActive: (key: PartKey) => void;
}

/** One set of callbacks per part, made once per report, so the memoized editors never re-render. */
export function usePartCallbacks({
  report,
  editors,
  saveStatuses,
  liveParts,
  setActive,
}: Deps): Record<PartKey, PartCallbacks> {
  return useMemo(
    () =>
      Object.fromEntries(
        report.parts.map(({ key }) => [
          key,
          {
            save: async (contentJson: string) => {
              await call('parts:save', { reportId: report.id, key, contentJson });
            },
            onStatus: (status: SaveStatus) => saveStatuses.set((current) => ({ ...current, [key]: status })),
            onLivePart: (part: LivePart) => liveParts.set((current) => ({ ...current, [key]: part })),
            onFocus: () => setActive(key),
            editorRef: (editor: LexicalEditor | null) => {
              if (editor) editors.set(key, editor);
              else editors.delete(key);
            },
          } satisfies PartCallbacks,
        ]),
      ) as Record<PartKey, PartCallbacks>,
    [report.id, report.parts, editors, saveStatuses, liveParts, setActive],
  );
}
