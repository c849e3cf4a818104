/** Gap messages, suggested actions and likelihood terms (English). */
export const analysis = {
  'analysis.placeholder': '',
} as const;
