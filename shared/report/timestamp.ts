import { z } from 'zod';

/** A moment the services recorded (created, updated, taken), as an ISO date-time in UTC. */
export const Timestamp = z.iso.datetime();
