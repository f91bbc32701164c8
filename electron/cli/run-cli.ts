import type { CliCommand, CliIo } from './cli-command';
import { CliError } from './cli-error';

export interface CliOutcome {
  exitCode: number;
  stderr: string;
}

export function helpText(commands: readonly CliCommand[]): string {
  return [
    '用法：npm run --silent cli -- <命令> [选项]',
    '',
    '命令：',
    ...commands.map((command) => `  ${command.usage}`),
    '',
  ].join('\n');
}

/** Runs one command line; errors the clerk can act on become a Chinese message and exit code 2. */
export async function runCli(argv: string[], commands: readonly CliCommand[], io: CliIo): Promise<CliOutcome> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === 'help') {
    io.stdout(helpText(commands));
    return { exitCode: name ? 0 : 2, stderr: '' };
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) return { exitCode: 2, stderr: `未知命令“${name}”。\n${helpText(commands)}` };
  try {
    const exitCode = await command.run(args, io);
    return { exitCode: exitCode ?? 0, stderr: '' };
  } catch (error) {
    if (error instanceof CliError) return { exitCode: 2, stderr: `${error.message}\n` };
    // parseArgs reports unknown or malformed options with these codes.
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code.startsWith('ERR_PARSE_ARGS'))
      return {
        exitCode: 2,
        stderr: `参数有误：${parseArgsProblem(code, (error as Error).message)}\n用法：${command.usage}\n`,
      };
    throw error;
  }
}

/** node's parseArgs explains in English; the clerk reads which option or word was wrong, in Chinese. */
function parseArgsProblem(code: string, message: string): string {
  const named = /'([^']+)'/.exec(message)?.[1]?.replace(/ <value>$/, '');
  const what = named ? `“${named}”` : '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `不认识的选项${what}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `选项${what}缺少值或值不对`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `多余的参数${what}`;
  return '选项写法不对';
}
