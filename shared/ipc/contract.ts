import { z } from 'zod';
import { NewReport, Report, ReportId, ReportSummary, ReportTitle } from '../report/report';
import type { Result } from './result';

const ById = z.object({ id: ReportId });

/**
 * Every channel between the window and the services, with what goes in and what comes out.
 * The main process, the preload, the browser preview and the renderer all derive from this one list.
 */
export const contract = {
  'app:info': {
    input: z.void(),
    output: z.object({ version: z.string(), dataDir: z.string(), databaseFile: z.string(), schemaVersion: z.number() }),
  },
  'organizations:list': { input: z.void(), output: z.array(z.object({ id: z.string(), name: z.string() })) },
  'reports:list': {
    input: z.object({ deleted: z.boolean() }),
    output: z.array(ReportSummary),
  },
  'reports:get': { input: ById, output: Report },
  'reports:create': { input: NewReport, output: ReportSummary },
  'reports:rename': { input: z.object({ id: ReportId, title: ReportTitle }), output: ReportSummary },
  'reports:duplicate': { input: ById, output: ReportSummary },
  'reports:delete': { input: ById, output: ReportSummary },
  'reports:restore': { input: ById, output: ReportSummary },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

/** What the preload (or the preview's loopback bridge) puts on `window.api`. */
export interface Bridge {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
}
