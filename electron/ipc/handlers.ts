import type { z } from 'zod';
import type { Channel, Contract, Output } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';

/** The implementation of one channel: parsed input in, a typed result out. */
export type Handler<C extends Channel> = (
  input: z.output<Contract[C]['input']>,
) => Result<Output<C>> | Promise<Result<Output<C>>>;

export type Handlers = { [C in Channel]: Handler<C> };
