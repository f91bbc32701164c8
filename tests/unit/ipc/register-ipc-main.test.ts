import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Router } from '../../../electron/ipc/create-router';
import { registerIpcMain } from '../../../electron/ipc/register-ipc-main';
import { CHANNELS } from '../../../shared/ipc/contract';

const APP_ORIGIN = 'app://bundle';
const OWN_WINDOW = 7;

type Listener = (event: IpcMainInvokeEvent, input: unknown) => unknown;

/** Electron's ipcMain and events are the one thing mocked: the router behind them is a spy. */
function setUp() {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) };
  const router = { invoke: vi.fn(async () => ({ ok: true, value: [] })) } as unknown as Router & {
    invoke: ReturnType<typeof vi.fn>;
  };
  registerIpcMain({
    ipcMain: ipcMain as never,
    router,
    appOrigin: APP_ORIGIN,
    isOwnWebContents: (event) => event.sender.id === OWN_WINDOW,
  });
  const send = (channel: string, event: { senderId: number; url: string; parent?: object | null }) =>
    listeners.get(channel)!(
      {
        sender: { id: event.senderId },
        senderFrame: { url: event.url, parent: event.parent ?? null },
      } as unknown as IpcMainInvokeEvent,
      { deleted: false },
    );
  return { listeners, router, send };
}

describe('IPC registration', () => {
  it('handles exactly the channels of the contract', () => {
    expect([...setUp().listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes requests from our own window to the router', async () => {
    const { router, send } = setUp();
    await send('reports:list', { senderId: OWN_WINDOW, url: `${APP_ORIGIN}/index.html` });
    expect(router.invoke).toHaveBeenCalledWith('reports:list', { deleted: false });
  });

  it.each([
    ['another window', { senderId: 99, url: `${APP_ORIGIN}/index.html` }],
    ['our window after navigating to a web page', { senderId: OWN_WINDOW, url: 'https://example.com/' }],
    ['an iframe inside our window', { senderId: OWN_WINDOW, url: `${APP_ORIGIN}/index.html`, parent: {} }],
    ['a file:// page', { senderId: OWN_WINDOW, url: 'file:///tmp/evil.html' }],
  ])('rejects a request from %s without reaching the router', async (_case, sender) => {
    const { router, send } = setUp();
    expect(await send('reports:list', sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(router.invoke).not.toHaveBeenCalled();
  });
});
