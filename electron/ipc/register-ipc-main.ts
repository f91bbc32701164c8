import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';
import type { Router } from './create-router';
import { isTrustedSender } from './is-trusted-sender';

export interface RegisterIpcMainDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  router: Router;
  appOrigin: string;
  /** Whether the event came from a window this app created. */
  isOwnWebContents: (event: IpcMainInvokeEvent) => boolean;
}

/** Connects every contract channel to the router, behind the sender check. */
export function registerIpcMain({ ipcMain, router, appOrigin, isOwnWebContents }: RegisterIpcMainDeps): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, input: unknown) => {
      const frame = event.senderFrame;
      const sender = frame && { url: frame.url, isTopFrame: frame.parent === null };
      if (!isTrustedSender(sender, isOwnWebContents(event), appOrigin)) {
        return fail('forbidden', '拒绝了来自未知窗口的请求。');
      }
      return router.invoke(channel, input);
    });
  }
}
