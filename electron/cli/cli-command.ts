export interface CliIo {
  stdout: (text: string) => void;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  homedir: string;
}

export interface CliCommand {
  name: string;
  /** One line for the help text. */
  usage: string;
  /** Resolves to the exit code when it is not 0 (e.g. check: 1 for a report not ready to submit). */
  run(args: string[], io: CliIo): void | number | Promise<void | number>;
}
