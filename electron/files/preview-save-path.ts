import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ChooseSavePath } from './choose-save-path';

/** The preview's stand-in for a save dialog: `<data folder>/导出/<name>`, the folder made on first use. */
export function previewSavePath(dataDir: string): ChooseSavePath {
  return async (suggestedName) => {
    const folder = join(dataDir, '导出');
    mkdirSync(folder, { recursive: true });
    return join(folder, basename(suggestedName));
  };
}
