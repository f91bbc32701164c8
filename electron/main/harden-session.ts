import type { Session } from 'electron';

/**
 * The app works offline by design: every request that is not for our own content is cancelled,
 * and no page may ask for a camera, notifications, geolocation or anything else.
 */
export function hardenSession(session: Session, allowedOrigins: readonly string[]): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = allowedOrigins.some((origin) => details.url.startsWith(`${origin}/`)) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setSpellCheckerEnabled(false);
}
