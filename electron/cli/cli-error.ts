/** A problem with the command line or its input; its Chinese message goes to stderr with exit code 2. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}
