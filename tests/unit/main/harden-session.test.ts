import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { hardenSession } from '../../../electron/main/harden-session';

type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

type PermissionRequest = (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheck = (webContents: unknown, permission: string) => boolean;

/** A stand-in for Electron's Session that records what hardenSession installs. */
function fakeSession() {
  const installed: {
    request?: RequestListener;
    permission?: PermissionRequest;
    check?: PermissionCheck;
    spellcheck?: boolean;
  } = {};
  const session = {
    webRequest: { onBeforeRequest: (listener: RequestListener) => (installed.request = listener) },
    setPermissionRequestHandler: (handler: PermissionRequest) => (installed.permission = handler),
    setPermissionCheckHandler: (handler: PermissionCheck) => (installed.check = handler),
    setSpellCheckerEnabled: (enabled: boolean) => (installed.spellcheck = enabled),
  };
  hardenSession(session as unknown as Session, ['app://bundle']);
  return installed;
}

const cancelled = (listener: RequestListener, url: string) =>
  new Promise<boolean>((resolve) => listener({ url }, (response) => resolve(response.cancel)));

describe('session hardening', () => {
  it('lets through only the app’s own content', async () => {
    const { request } = fakeSession();
    expect(await cancelled(request!, 'app://bundle/index.html')).toBe(false);
    expect(await cancelled(request!, 'app://bundle/assets/index.js')).toBe(false);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'wss://example.com/',
      'file:///etc/passwd',
      'app://bundle.evil/x',
    ]) {
      expect(await cancelled(request!, url)).toBe(true);
    }
  });

  it('denies every permission request and check but writing to the clipboard, and turns off the spell-checker downloads', async () => {
    const { permission, check, spellcheck } = fakeSession();
    for (const name of ['media', 'clipboard-read', 'notifications', 'geolocation']) {
      expect(await new Promise((resolve) => permission!(null, name, resolve)), name).toBe(false);
      expect(check!(null, name), name).toBe(false);
    }
    expect(await new Promise((resolve) => permission!(null, 'clipboard-sanitized-write', resolve))).toBe(true);
    expect(check!(null, 'clipboard-sanitized-write')).toBe(true);
    expect(spellcheck).toBe(false);
  });
});
