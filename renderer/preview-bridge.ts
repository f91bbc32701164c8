import type { Bridge, Channel, Input, Output } from '../shared/ipc/contract';
import { fail, type Result } from '../shared/ipc/result-values';

// Loaded only by the browser preview (its server adds this script to the page): the same Bridge
// as the Electron preload, carried over loopback HTTP with the per-run token from the page.
const token = document.querySelector<HTMLMetaElement>('meta[name="preview-token"]')?.content ?? '';

const bridge: Bridge = {
  async invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
    try {
      const response = await fetch('/api/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-preview-token': token },
        body: JSON.stringify({ channel, input }),
      });
      return (await response.json()) as Result<Output<C>>;
    } catch {
      return fail('internal', '无法连接预览服务器。请确认 npm run preview 仍在运行，然后刷新页面。');
    }
  },
};

window.api = bridge;
