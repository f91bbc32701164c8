import { COMMANDS } from '../../electron/cli/commands';
import { runCli } from '../../electron/cli/run-cli';

/**
 * The command line run in this process, as on Linux with no environment and a fresh home folder
 * from `tempDir`: its outcome (exit code, stderr) with everything it printed to stdout.
 */
export function cliRunner(tempDir: () => string) {
  return async (argv: string[]) => {
    let stdout = '';
    const outcome = await runCli(argv, COMMANDS, {
      stdout: (text) => void (stdout += text),
      env: {},
      platform: 'linux',
      homedir: tempDir(),
    });
    return { ...outcome, stdout };
  };
}
