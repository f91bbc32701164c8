/**
 * The names of the contract's channels as a plain list, for the preload: it lets only these cross
 * the bridge and must not bundle zod for that. A channel added to contract.ts is added here too:
 * the contract `satisfies` a record of exactly these names, so the two cannot disagree and compile.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'organizations:list',
  'reports:list',
  'reports:get',
  'reports:create',
  'reports:rename',
  'reports:duplicate',
  'reports:create-from-previous',
  'reports:delete',
  'reports:restore',
  'reports:purge',
  'reports:update-header',
  'parts:save',
  'revisions:list',
  'revisions:get',
  'revisions:restore',
  'indicators:get',
  'indicators:save',
  'checklist:list',
  'checklist:set',
  'reports:check-context',
  'acknowledgements:list',
  'acknowledgements:save',
  'acknowledgements:withdraw',
  'import:read',
  'import:apply',
  'export:docx',
  'recovery:state',
  'recovery:recover',
  'backups:restore-from',
  'backups:list',
  'backups:backup-to',
  'packages:export',
  'packages:import',
  'packages:import-replace',
  'status:history',
  'status:move',
  'status:record-past',
  'reviews:list',
  'reviews:record',
  'deadlines:get',
  'deadlines:set-rules',
  'deadlines:list',
  'deadlines:for-year',
  'reports:overview',
  'dashboard:get',
  'leader-edits:read',
  'leader-edits:accept',
  'batch-review:create',
  'batch-review:list',
  'batch-review:get',
  'batch-review:add-file',
  'batch-review:reread',
  'batch-review:set-notified',
  'batch-review:text',
  'batch-review:save-output',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(CHANNEL_NAMES);

export function isChannelName(value: unknown): value is ChannelName {
  return typeof value === 'string' && NAMES.has(value);
}
