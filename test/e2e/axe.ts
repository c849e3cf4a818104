/**
 * The accessibility checks every end-to-end test can run: axe's rules for names, labels,
 * roles and keyboard access (colour contrast is judged by eye in the screenshots).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const AXE_RULES = [
  'button-name',
  'label',
  'select-name',
  'input-button-name',
  'link-name',
  'aria-allowed-attr',
  'aria-required-attr',
  'aria-valid-attr',
  'aria-valid-attr-value',
  'aria-roles',
  'aria-command-name',
  'aria-input-field-name',
  'aria-toggle-field-name',
  'nested-interactive',
  'duplicate-id-aria',
  'tabindex',
  'html-has-lang',
  'document-title',
  'image-alt',
  'svg-img-alt',
  'list',
  'listitem',
  'th-has-data-cells',
];

/** Every violation on the page, one line each, so a failing test says what and where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withRules(AXE_RULES).analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary ?? ''})`),
  );
}
