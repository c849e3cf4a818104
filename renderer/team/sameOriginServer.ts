/**
 * The address to offer in the sign-in dialog: the page's own origin when the page was served
 * by a Powermap server (a browser opened on the server, which serves the app at its root);
 * found by asking that origin's health route, briefly, never elsewhere.
 */
export async function sameOriginServer(fetcher: typeof fetch = (i, init) => fetch(i, init)): Promise<string | null> {
  if (typeof location === 'undefined' || !/^https?:$/u.test(location.protocol)) return null;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 2_000);
  try {
    const response = await fetcher(`${location.origin}/api/health`, { signal: controller.signal });
    const body = (await response.json()) as { db?: unknown };
    return typeof body.db === 'string' ? location.origin : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
