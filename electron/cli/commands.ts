import type { CliCommand } from './cli-command';
import { checkCommand } from './check-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { listCommand } from './list-command';
import { reviewCommand } from './review-command';
import { statusCommand } from './status-command';

/** Every command of `npm run cli`; a new command is one file and one line here. */
export const COMMANDS: readonly CliCommand[] = [
  listCommand,
  importCommand,
  checkCommand,
  exportCommand,
  statusCommand,
  reviewCommand,
];
