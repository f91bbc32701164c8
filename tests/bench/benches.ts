import type { Bench } from './bench';
import { storeBenches } from './store-benches';

/** Every benchmark `npm run bench` runs; a new group is one file and one line here. */
export const BENCHES: readonly Bench[] = [...storeBenches];
