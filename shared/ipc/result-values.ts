// ok, fail and Result without zod: the services' pure pipelines (the command line's export) use
// them without loading the contract's schemas.

// 'frozen': the text of a 已定稿 report is locked; 'refused': a status move the report's state does not allow.
/** Why a request did not succeed; the message is Chinese and tells the clerk what to do. */
export const ERROR_CODES = [
  'invalid-input',
  'forbidden',
  'not-found',
  'unknown-channel',
  'internal',
  'frozen',
  'refused',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface Failure {
  ok: false;
  error: { code: ErrorCode; message: string };
}
export interface Success<T> {
  ok: true;
  value: T;
}
/** Expected outcomes travel as values; exceptions are kept for bugs. */
export type Result<T> = Success<T> | Failure;

export const ok = <T>(value: T): Success<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Failure => ({ ok: false, error: { code, message } });
