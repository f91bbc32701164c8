import { contextBridge, ipcRenderer } from 'electron';
import { isChannel, type Bridge } from '../shared/ipc/contract';
import { fail } from '../shared/ipc/result';

// Only the contract's channels cross the bridge, and only as plain JSON; main validates again.
const bridge = {
  invoke: (channel, input) =>
    isChannel(channel)
      ? ipcRenderer.invoke(channel, input)
      : Promise.resolve(fail('unknown-channel', '程序内部错误：未知的请求。请重启法治年报助手。')),
} satisfies Bridge;

contextBridge.exposeInMainWorld('api', bridge);
