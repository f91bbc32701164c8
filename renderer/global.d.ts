import type { Bridge } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** Put there by the Electron preload, or by the preview's loopback bridge; read only by api.ts. */
    api?: Bridge;
  }
}
