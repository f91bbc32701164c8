/** The kind of file being saved, for the save dialog's filter. */
export interface SaveFilter {
  name: string;
  extensions: string[];
}

/**
 * Where a file the clerk saves goes. In the app a save dialog asks (null when cancelled); in the
 * browser preview, which has no dialog, files go to a folder beside the data. The renderer never
 * sends a path, so a page cannot write anywhere it likes.
 */
export type ChooseSavePath = (suggestedName: string, filter: SaveFilter) => Promise<string | null>;
