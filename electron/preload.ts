import { contextBridge, ipcRenderer } from 'electron';
import { isChannelName } from '../shared/ipc/channel-names';
import type { Bridge } from '../shared/ipc/contract';
import type { Failure } from '../shared/ipc/result';

const unknownChannel: Failure = {
  ok: false,
  error: { code: 'unknown-channel', message: '程序内部错误：未知的请求。请重启法治年报助手。' },
};

// Only the contract's channels cross the bridge, and only as plain JSON; main validates again.
// The names come as a plain list: the preload bundles no zod (it is loaded before every window's first paint).
const bridge = {
  invoke: (channel, input) =>
    isChannelName(channel) ? ipcRenderer.invoke(channel, input) : Promise.resolve(unknownChannel),
} satisfies Bridge;

contextBridge.exposeInMainWorld('api', bridge);
