import { homedir } from 'node:os';
import { COMMANDS } from './cli/commands';
import { runCli } from './cli/run-cli';

const outcome = await runCli(process.argv.slice(2), COMMANDS, {
  stdout: (text) => process.stdout.write(text),
  env: process.env,
  platform: process.platform,
  homedir: homedir(),
});
if (outcome.stderr) process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
