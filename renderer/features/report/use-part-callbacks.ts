import type { LexicalEditor } from 'lexical';
import { useMemo } from 'react';
import type { PartKey } from '../../../shared/outline/part-key';
import type { Report } from '../../../shared/report/report';
import { call } from '../../api';
import type { Store } from '../../app/create-store';
import type { PartEditorProps } from '../../editor/PartEditor';
import type { SaveStatus } from '../../editor/plugins/AutosavePlugin';
import type { PartOutline } from '../../editor/plugins/OutlinePlugin';
import type { Outlines } from './OutlineSidebar';
import type { SaveStatuses } from './SaveStatusText';

export type PartCallbacks = Pick<PartEditorProps, 'save' | 'onStatus' | 'onOutline' | 'onFocus' | 'editorRef'>;

interface Deps {
  report: Report;
  editors: Map<PartKey, LexicalEditor>;
  saveStatuses: Store<SaveStatuses>;
  outlines: Store<Outlines>;
  setActive: (key: PartKey) => void;
}

/** One set of callbacks per part, made once per report, so the memoized editors never re-render. */
export function usePartCallbacks({
  report,
  editors,
  saveStatuses,
  outlines,
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
            onOutline: (partOutline: PartOutline) => outlines.set((current) => ({ ...current, [key]: partOutline })),
            onFocus: () => setActive(key),
            editorRef: (editor: LexicalEditor | null) => {
              if (editor) editors.set(key, editor);
              else editors.delete(key);
            },
          } satisfies PartCallbacks,
        ]),
      ) as Record<PartKey, PartCallbacks>,
    [report.id, report.parts, editors, saveStatuses, outlines, setActive],
  );
}
