import type { Session } from 'electron';

/**
 * The app works offline by design: every request that is not for our own content is cancelled,
 * and no page may ask for a camera, notifications, geolocation or anything else but writing
 * plain text to the clipboard.
 */
export function hardenSession(session: Session, allowedOrigins: readonly string[]): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      allowedOrigins.some((origin) => details.url.startsWith(`${origin}/`)) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
  // The one exception: 复制为纯文本 writes the report's own text to the clipboard.
  session.setPermissionRequestHandler((_webContents, permission, callback) =>
    callback(permission === 'clipboard-sanitized-write'),
  );
  session.setPermissionCheckHandler((_webContents, permission) => permission === 'clipboard-sanitized-write');
  session.setSpellCheckerEnabled(false);
}
