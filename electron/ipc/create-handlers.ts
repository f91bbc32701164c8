import type { ChooseSavePath } from '../files/choose-save-path';
import type { Services } from '../services/open-services';
import { appHandlers } from './app-handlers';
import { editingHandlers } from './editing-handlers';
import type { Handlers } from './handlers';
import { importHandlers } from './import-handlers';
import { reportHandlers } from './report-handlers';

/** What the handlers need besides the services: how the clerk picks where a file is saved. */
export interface HandlerDeps {
  chooseSavePath: ChooseSavePath;
}

/** One line per feature; `satisfies` fails the build when a contract channel has no handler. */
export function createHandlers(services: Services, deps: HandlerDeps): Handlers {
  return {
    ...appHandlers(services),
    ...reportHandlers(services),
    ...editingHandlers(services),
    ...importHandlers(services),
  } satisfies Handlers;
}
