/**
 * The preload script: runs sandboxed, with context isolation, before the page. It exposes
 * the named functions of PowermapBridge as `window.powermap` and nothing else (never
 * ipcRenderer). It is bundled into one CommonJS file (build/electron.build.ts), because a
 * sandboxed preload can require only `electron` and a few built-ins.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('powermap', createBridge(ipcRenderer));
