import { readReportFile } from '../import/read-report-file';
import { UnreadableFileError } from '../import/unreadable-file-error';
import { CliError } from './cli-error';

/** A report file's text for a command; a file that cannot be read ends the command with its Chinese reason. */
export async function readCliReport(path: string): Promise<string> {
  try {
    return await readReportFile(path);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new CliError(error.message);
    throw error;
  }
}
