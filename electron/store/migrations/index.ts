import type { Migration } from '../migrate';
import { initial } from './001-initial';

/** Every migration in order; the list is explicit because a directory scan breaks inside asar. */
export const MIGRATIONS: readonly Migration[] = [initial];
