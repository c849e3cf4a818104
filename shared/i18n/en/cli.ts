/** Command-line wording (English). */
export const cli = {
  'cli.placeholder': '',
} as const;
