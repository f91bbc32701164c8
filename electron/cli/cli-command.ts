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
  run(args: string[], io: CliIo): void | Promise<void>;
}
