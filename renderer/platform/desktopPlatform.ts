/**
 * The desktop shell, through the named functions its preload script exposes as
 * `window.powermap` (shared/ipc/contract.ts). Results are checked again here.
 */
import type { PowermapBridge } from '../../shared/ipc/contract';
import {
  AdmitTeamServerResult,
  ForgetTeamServerResult,
  OpenDocumentResult,
  PrintToPdfResult,
  SaveDocumentResult,
  SaveExportResult,
} from '../../shared/ipc/contract';
import { isMacPlatform } from './isMacPlatform';
import type { Platform } from './platform';

export function bridgeFromWindow(): PowermapBridge | null {
  const candidate = (window as unknown as { powermap?: PowermapBridge }).powermap;
  return candidate && typeof candidate.openDocument === 'function' ? candidate : null;
}

export function desktopPlatform(bridge: PowermapBridge, locale: string, platform: string): Platform {
  return {
    kind: 'desktop',
    isMac: isMacPlatform(platform),
    locale,
    async openDocumentFile() {
      const result = OpenDocumentResult.parse(await bridge.openDocument());
      return result && { name: result.name, text: result.text, path: result.path };
    },
    async saveDocumentFile(request) {
      const result = SaveDocumentResult.parse(await bridge.saveDocument(request));
      return result && { path: result.path };
    },
    async saveExportFile(request) {
      const result = SaveExportResult.parse(await bridge.saveExport(request));
      return result && { path: result.path };
    },
    async printToPdf(suggestedName) {
      return PrintToPdfResult.parse(await bridge.printToPdf({ suggestedName }));
    },
    async admitTeamServer(server) {
      const result = AdmitTeamServerResult.parse(await bridge.admitTeamServer({ server }));
      if (!result.ok) return { state: 'refused', reason: result.reason };
      return { state: result.reloadNeeded ? 'reload' : 'ready' };
    },
    async forgetTeamServer(server) {
      ForgetTeamServerResult.parse(await bridge.forgetTeamServer({ server }));
    },
    onMenuAction: (listener) => bridge.onMenuAction(listener),
    setMenuLanguage: (lang) => bridge.setMenuLanguage(lang),
    setMenuActions: (ids) => bridge.setMenuActions([...ids]),
  };
}

/** The platform the renderer runs on: the desktop shell when its bridge is there, else the browser. */
export async function detectPlatform(fallback: () => Platform): Promise<Platform> {
  const bridge = bridgeFromWindow();
  if (!bridge) return fallback();
  const info = await bridge.systemInfo();
  return desktopPlatform(bridge, info.locale, info.platform);
}
