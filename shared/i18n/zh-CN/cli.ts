import type { cli as en } from '../en/cli';

/** 命令行措辞。 */
export const cli: Record<keyof typeof en, string> = {
  'cli.placeholder': '',
};
