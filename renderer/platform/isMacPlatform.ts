/** Whether the system is a Mac, where the command key takes the place of Ctrl. */
export function isMacPlatform(platform: string): boolean {
  // Browsers say `MacIntel`; the desktop shell passes Node's `darwin`.
  return /mac|darwin|iphone|ipad/i.test(platform);
}
