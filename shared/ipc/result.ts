import { z } from 'zod';
import { ERROR_CODES, type ErrorCode as ErrorCodeValue } from './result-values';

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = ErrorCodeValue;
export { fail, ok, type Failure, type Result, type Success } from './result-values';
