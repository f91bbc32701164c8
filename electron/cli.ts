import module from 'node:module';
import { homedir } from 'node:os';
import { COMMANDS } from './cli/commands';
import { runCli } from './cli/run-cli';

// Node.js 22.1+ keeps the compiled code of the chunks a command loads between runs; Node.js 20 has no such cache.
(module as typeof module & { enableCompileCache?: () => unknown }).enableCompileCache?.();

const outcome = await runCli(process.argv.slice(2), COMMANDS, {
  stdout: (text) => process.stdout.write(text),
  env: process.env,
  platform: process.platform,
  homedir: homedir(),
});
if (outcome.stderr) process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
