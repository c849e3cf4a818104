/**
 * What the preload exposes as `window.powermap`, over a fake ipcRenderer: only the named
 * functions, requests checked before sending, answers checked before returning, menu
 * actions delivered (and kept until the renderer subscribes), never the event object.
 */
import type { IpcRenderer } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_FUNCTIONS, createBridge, remoteErrorMessage, type IpcRendererLike } from '../../electron/bridge';
import { CHANNELS } from '../../shared/ipc/contract';

// Compile-time: Electron's ipcRenderer is what the bridge is built on.
const _fits = (ipc: IpcRenderer): IpcRendererLike => ipc;
void _fits;

function fakeIpc(answers: Partial<Record<string, unknown>> = {}) {
  let menuListener: ((event: unknown, ...args: unknown[]) => void) | undefined;
  const ipc = {
    invoke: vi.fn((channel: string) =>
      channel in answers ? Promise.resolve(answers[channel]) : Promise.reject(new Error(`no answer for ${channel}`)),
    ),
    send: vi.fn(),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      expect(channel).toBe(CHANNELS.menuAction);
      menuListener = listener;
    }),
  };
  return {
    ipc,
    emitMenu: (...args: unknown[]) => menuListener!({ sender: 'the ipcRenderer event' }, ...args),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the bridge', () => {
  it('has exactly the named functions of PowermapBridge, frozen', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual([...BRIDGE_FUNCTIONS].sort());
    for (const name of BRIDGE_FUNCTIONS) expect(typeof bridge[name]).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('send');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('opens a document on its channel and returns the checked answer', async () => {
    const answer = { path: '/home/li/deal.powermap', name: 'deal.powermap', text: '{}' };
    const { ipc } = fakeIpc({ [CHANNELS.openDocument]: answer });
    expect(await createBridge(ipc).openDocument()).toEqual(answer);
    expect(ipc.invoke).toHaveBeenCalledWith(CHANNELS.openDocument);
  });

  it('refuses an answer that breaks the contract', async () => {
    const { ipc } = fakeIpc({
      [CHANNELS.openDocument]: { path: '/x', name: 'x', text: '{}', extra: 'field' },
      [CHANNELS.systemInfo]: { locale: 'en' },
      [CHANNELS.saveDocument]: { path: '' },
    });
    const bridge = createBridge(ipc);
    await expect(bridge.openDocument()).rejects.toThrow('invalid answer');
    await expect(bridge.systemInfo()).rejects.toThrow('invalid answer');
    await expect(bridge.saveDocument({ suggestedName: 'a.powermap', text: '{}' })).rejects.toThrow('invalid answer');
  });

  it('checks a save request before sending it', async () => {
    const { ipc } = fakeIpc({ [CHANNELS.saveDocument]: { path: '/x/a.powermap' } });
    const bridge = createBridge(ipc);
    await expect(bridge.saveDocument({ suggestedName: '', text: '{}' })).rejects.toThrow('invalid request');
    await expect(bridge.saveDocument({ suggestedName: 'a', text: '{}', evil: 1 } as never)).rejects.toThrow();
    expect(ipc.invoke).not.toHaveBeenCalled();
    expect(await bridge.saveDocument({ suggestedName: 'a.powermap', text: '{}', path: '/x/a.powermap' })).toEqual({
      path: '/x/a.powermap',
    });
    expect(ipc.invoke).toHaveBeenCalledWith(CHANNELS.saveDocument, {
      suggestedName: 'a.powermap',
      text: '{}',
      path: '/x/a.powermap',
    });
  });

  it("gives the renderer the main process's message, without Electron's wrapping", async () => {
    const { ipc } = fakeIpc();
    ipc.invoke.mockRejectedValueOnce(
      new Error(
        "Error invoking remote method 'powermap:open-document': UserFacingError: The file “big.powermap” is 17 MB; Powermap opens files up to 16 MB.",
      ),
    );
    await expect(createBridge(ipc).openDocument()).rejects.toThrow(
      /^The file “big.powermap” is 17 MB; Powermap opens files up to 16 MB\.$/,
    );
    expect(remoteErrorMessage(new Error("Error invoking remote method 'x': Error: plain"))).toBe('plain');
    expect(remoteErrorMessage('just text')).toBe('just text');
  });

  it('sends a valid menu language and refuses others', () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    bridge.setMenuLanguage('zh-CN');
    expect(ipc.send).toHaveBeenCalledWith(CHANNELS.setMenuLanguage, 'zh-CN');
    expect(() => bridge.setMenuLanguage('fr' as never)).toThrow();
    expect(ipc.send).toHaveBeenCalledTimes(1);
  });

  it('sends the actions a screen handles, and refuses what is not a list of action ids', () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    bridge.setMenuActions(['deal.library', 'pipeline.exportPack']);
    expect(ipc.send).toHaveBeenCalledWith(CHANNELS.setMenuActions, ['deal.library', 'pipeline.exportPack']);
    expect(() => bridge.setMenuActions(['deal.library', 'rm -rf'] as never)).toThrow();
    expect(() => bridge.setMenuActions('deal.library' as never)).toThrow();
    expect(ipc.send).toHaveBeenCalledTimes(1);
  });

  it('calls menu listeners with the action id only, until they unsubscribe', () => {
    const { ipc, emitMenu } = fakeIpc();
    const bridge = createBridge(ipc);
    const listener = vi.fn();
    const unsubscribe = bridge.onMenuAction(listener);
    emitMenu('file.save');
    expect(listener.mock.calls).toEqual([['file.save']]);
    unsubscribe();
    emitMenu('file.open');
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('ignores menu messages that are not action ids', () => {
    const { ipc, emitMenu } = fakeIpc();
    const bridge = createBridge(ipc);
    const listener = vi.fn();
    bridge.onMenuAction(listener);
    emitMenu('rm -rf');
    emitMenu({ id: 'file.save' });
    emitMenu('file.save', 'extra');
    emitMenu();
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps menu actions that arrive before anyone listens, for the first listener', async () => {
    const { ipc, emitMenu } = fakeIpc();
    const bridge = createBridge(ipc);
    emitMenu('file.open');
    emitMenu('file.open');
    const first = vi.fn();
    bridge.onMenuAction(first);
    await flush();
    expect(first.mock.calls).toEqual([['file.open'], ['file.open']]);
    const second = vi.fn();
    bridge.onMenuAction(second);
    await flush();
    expect(second).not.toHaveBeenCalled();
  });

  it('refuses a listener that is not a function', () => {
    expect(() => createBridge(fakeIpc().ipc).onMenuAction('alert(1)' as never)).toThrow(TypeError);
  });
});
