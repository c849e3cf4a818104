/**
 * The security checklist as code: web preferences, navigation and new windows, webviews,
 * permissions and remote requests, with fakes standing in for Electron's objects.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  backgroundColor,
  BACKGROUND_COLORS,
  denyAllPermissions,
  hardenWebContents,
  isAppUrl,
  isRemoteRequest,
  isSafeExternalUrl,
  secureWebPreferences,
  windowOptions,
  type HardenableContents,
} from '../../electron/security';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/dist/electron/preload.cjs');

  it('isolates and sandboxes the renderer, without Node', () => {
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('has no remote module and nothing that weakens the web security', () => {
    expect(prefs).not.toHaveProperty('enableRemoteModule');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('is what every window gets, with the background of the theme', () => {
    const light = windowOptions({ preloadPath: '/p.cjs', dark: false });
    const dark = windowOptions({ preloadPath: '/p.cjs', dark: true });
    expect(light.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(light.backgroundColor).toBe(BACKGROUND_COLORS.light);
    expect(dark.backgroundColor).toBe(BACKGROUND_COLORS.dark);
    expect(light.show).toBe(false);
    expect(backgroundColor(true)).toBe('#14181e');
    expect(backgroundColor(false)).toBe('#f6f7f9');
  });
});

describe('isAppUrl', () => {
  it.each(['app://powermap/', 'app://powermap/index.html#/deal/1', 'app://POWERMAP/assets/x.js'])(
    'accepts %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );
  it.each([
    'app://evil/',
    'app://powermap.evil.com/',
    'app://powermap:1/',
    'app://x@powermap/',
    'https://powermap/',
    'file:///app/dist/renderer/index.html',
    'http://localhost:5173/',
    'javascript:alert(1)',
    'about:blank',
    '',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://example.com/', 'http://example.com/path?q=1'])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'data:text/html,<script>1</script>',
    'https://user:pass@example.com/',
    'app://powermap/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('isRemoteRequest', () => {
  it('is true for the network and false for the app, data and blob URLs', () => {
    expect(isRemoteRequest('https://example.com/x.js')).toBe(true);
    expect(isRemoteRequest('http://localhost:5173/')).toBe(true);
    expect(isRemoteRequest('wss://example.com/')).toBe(true);
    expect(isRemoteRequest('app://powermap/index.html')).toBe(false);
    expect(isRemoteRequest('data:image/png;base64,AAAA')).toBe(false);
    expect(isRemoteRequest('blob:app://powermap/1234')).toBe(false);
    expect(isRemoteRequest('devtools://devtools/bundled/index.html')).toBe(false);
  });
});

type Listener = (...args: unknown[]) => void;

/** A fake WebContents that records its listeners and its window-open handler. */
function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: HardenableContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  } as HardenableContents;
  return {
    contents,
    /** Emits a navigation-like event; returns whether it was prevented. */
    emit(event: string, url: string, style: 'event-url' | 'legacy-arg' = 'event-url'): boolean {
      const preventDefault = vi.fn();
      const eventObject = style === 'event-url' ? { preventDefault, url } : { preventDefault };
      const registered = listeners.get(event) ?? [];
      expect(registered.length, `no listener for ${event}`).toBeGreaterThan(0);
      for (const listener of registered) listener(eventObject, url);
      return preventDefault.mock.calls.length > 0;
    },
    open(url: string) {
      expect(openHandler, 'no window open handler').toBeDefined();
      return openHandler!({ url });
    },
  };
}

describe('hardenWebContents', () => {
  it('blocks navigation and redirects away from the app, in main frames and subframes', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, { openExternal: vi.fn() });
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fake.emit(event, 'https://evil.example/'), event).toBe(true);
      expect(fake.emit(event, 'file:///etc/passwd'), event).toBe(true);
      expect(fake.emit(event, 'app://evil/index.html'), event).toBe(true);
      expect(fake.emit(event, 'https://evil.example/', 'legacy-arg'), event).toBe(true);
      expect(fake.emit(event, 'app://powermap/index.html#/deal/2'), event).toBe(false);
    }
  });

  it('refuses every webview', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, { openExternal: vi.fn() });
    expect(fake.emit('will-attach-webview', 'app://powermap/')).toBe(true);
  });

  it('denies every new window; only http(s) links go to the system browser', async () => {
    const fake = fakeContents();
    const openExternal = vi.fn(() => Promise.resolve());
    const onBlocked = vi.fn();
    hardenWebContents(fake.contents, { openExternal, onBlocked });
    expect(fake.open('https://example.com/docs')).toEqual({ action: 'deny' });
    expect(fake.open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(fake.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.open('app://powermap/index.html')).toEqual({ action: 'deny' });
    expect(fake.open('smb://host/share')).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(openExternal.mock.calls).toEqual([['https://example.com/docs']]);
    expect(onBlocked).toHaveBeenCalledWith('new window', 'file:///etc/passwd');
  });

  it('survives a failing openExternal', async () => {
    const fake = fakeContents();
    const onBlocked = vi.fn();
    hardenWebContents(fake.contents, { openExternal: () => Promise.reject(new Error('no browser')), onBlocked });
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onBlocked).toHaveBeenCalledWith('external link failed', 'https://example.com/');
  });
});

describe('denyAllPermissions', () => {
  it('denies every permission request, check and device', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: ((...args: unknown[]) => boolean) | undefined;
    let device: ((...args: unknown[]) => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
      setDevicePermissionHandler: (handler) => (device = handler),
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid']) {
      const callback = vi.fn();
      request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!({}, permission, 'app://powermap', {})).toBe(false);
    }
    expect(device!({ deviceType: 'usb', origin: 'app://powermap' })).toBe(false);
  });
});
