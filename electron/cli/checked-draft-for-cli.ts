import type { ImportDraft } from '../../shared/import/import-draft';
import { checkedDraft } from '../import/checked-draft';
import { UnreadableFileError } from '../import/unreadable-file-error';
import { CliError } from './cli-error';

/** The draft within the same bounds as the window's import, or the command ends with the same Chinese reason. */
export function checkedDraftForCli(draft: ImportDraft, path: string): ImportDraft {
  try {
    return checkedDraft(draft, path);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new CliError(error.message);
    throw error;
  }
}
