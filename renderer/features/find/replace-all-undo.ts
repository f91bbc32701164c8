import { HISTORIC_TAG, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import type { HeaderValues, ReportHeaderStore } from '../report/report-header-store';

/** What one 全部替换 changed: the parts (one undo step in each) and, if any, the header fields. */
export interface ReplaceAllDone {
  changed: readonly LexicalEditor[];
  header?: { store: ReportHeaderStore; before: HeaderValues; after: HeaderValues };
}

export interface ReplaceAllUndo {
  /** Remembers the 全部替换 just done, while nothing else in `watched` or the header changes. */
  remember(done: ReplaceAllDone, watched: readonly LexicalEditor[]): void;
  /** Takes the remembered 全部替换 back everywhere it changed; false when there is none to take back. */
  undo(): boolean;
  /** Drops the remembered 全部替换, when the parts it changed are gone. */
  forget(): void;
}

/**
 * Each part has its own undo history, so Ctrl+Z in one part would take a 全部替换 back in that
 * part only, and Ctrl+Z in the find bar in none. The last 全部替换 is remembered at the report's
 * level instead, and undone in every part and field at once — as long as it is still the last
 * change: any other edit in any part, or in the header, makes Ctrl+Z undo that edit as usual.
 */
export function createReplaceAllUndo(): ReplaceAllUndo {
  let last: { done: ReplaceAllDone; stopWatching: () => void } | undefined;

  const forget = () => {
    last?.stopWatching();
    last = undefined;
  };

  return {
    remember(done, watched) {
      forget();
      if (done.changed.length === 0 && !done.header) return;
      const stops = watched.map((editor) =>
        editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
          // A caret moved is no change; an undo from elsewhere (the toolbar) already took a step back.
          if (dirtyElements.size > 0 || dirtyLeaves.size > 0 || tags.has(HISTORIC_TAG)) forget();
        }),
      );
      const header = done.header;
      if (header) {
        stops.push(
          header.store.values.subscribe(() => {
            if (header.store.values.get() !== header.after) forget();
          }),
        );
      }
      last = { done, stopWatching: () => stops.forEach((stop) => stop()) };
    },
    undo() {
      if (!last) return false;
      const { done } = last;
      forget();
      for (const editor of done.changed) editor.dispatchCommand(UNDO_COMMAND, undefined);
      if (done.header) {
        const { store, before } = done.header;
        store.values.set(() => before);
        void store.save();
      }
      return true;
    },
    forget,
  };
}
