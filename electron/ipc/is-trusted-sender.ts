/** What we know of the frame that sent an IPC message (Electron's WebFrameMain, reduced). */
export interface SenderFrame {
  url: string;
  /** True when the frame is the window's top frame, not an iframe inside it. */
  isTopFrame: boolean;
}

/**
 * Only our own window's top frame, showing our own content, may call the services. A frame that
 * navigated elsewhere, an iframe or a window we did not create is refused.
 */
export function isTrustedSender(frame: SenderFrame | null, ownWebContents: boolean, appOrigin: string): boolean {
  if (!frame || !ownWebContents || !frame.isTopFrame) return false;
  try {
    // Not URL.origin: for a custom scheme such as app:// it is the opaque "null".
    const url = new URL(frame.url);
    return `${url.protocol}//${url.host}` === appOrigin;
  } catch {
    return false;
  }
}
