import { JSDOM } from 'jsdom';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/api';
import { useAction, type Action } from '../../../renderer/app/use-action';

const dom = new JSDOM('<!doctype html><body></body>');
const globals = globalThis as unknown as Record<string, unknown>;

beforeAll(() => {
  globals.window = dom.window;
  globals.document = dom.window.document;
  globals.IS_REACT_ACT_ENVIRONMENT = true;
});
afterAll(() => {
  delete globals.window;
  delete globals.document;
  delete globals.IS_REACT_ACT_ENVIRONMENT;
});

/** The hook in a component, with its latest value read out after each render. */
async function mountAction(): Promise<() => Action> {
  let latest: Action | undefined;
  function Probe() {
    latest = useAction();
    return null;
  }
  const root = createRoot(dom.window.document.body.appendChild(dom.window.document.createElement('div')));
  await act(async () => root.render(createElement(Probe)));
  return () => latest!;
}

describe('useAction', () => {
  it('is busy while the write runs, and not after', async () => {
    const action = await mountAction();
    let finish!: () => void;
    let outcome!: Promise<boolean>;
    await act(async () => {
      outcome = action().run(() => new Promise<void>((resolve) => (finish = resolve)));
    });
    expect(action().busy).toBe(true);
    await act(async () => finish());
    expect(await outcome).toBe(true);
    expect(action()).toMatchObject({ busy: false, error: undefined });
  });

  it('shows a declined request in the services’ Chinese, and anything else as 操作没有完成', async () => {
    const action = await mountAction();
    await act(async () => {
      expect(await action().run(() => Promise.reject(new ApiError('not-found', '找不到这份报告。')))).toBe(false);
    });
    expect(action()).toMatchObject({ busy: false, error: '找不到这份报告。' });
    await act(async () => void (await action().run(() => Promise.reject(new TypeError('x')))));
    expect(action().error).toBe('操作没有完成，请重试。');
    await act(async () => void (await action().run(async () => {})));
    expect(action().error).toBeUndefined();
  });
});
