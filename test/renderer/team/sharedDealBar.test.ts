/**
 * The bar under a shared deal's toolbar, rendered to static markup in both languages: a reader
 * is told the deal is read-only, and a user removed from the deal while it is open is told, with
 * the deal's name, that its copy on this device has been removed (team.refusedNow).
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LANGS, translate, type Lang } from '../../../shared/i18n';
import { LangProvider } from '../../../renderer/i18n/LangContext';
import { SharedDealBar } from '../../../renderer/team/SharedDealBar';
import type { SharedDealState } from '../../../renderer/team/useSharedDeal';

/** The bar's text as the user reads it (tags dropped; React escapes only the name's ampersand here). */
function barText(lang: Lang, shared: SharedDealState, dealName: string): string {
  const html = renderToStaticMarkup(
    createElement(LangProvider, { lang, children: createElement(SharedDealBar, { shared, dealName }) }),
  );
  return html.replaceAll(/<[^>]+>/g, ' ').replaceAll('&amp;', '&');
}

describe.each(LANGS)('the shared deal bar in %s', (lang) => {
  const name = 'Harbour Bank & Co core system';

  it('tells a user removed from the open deal, by its name, that its copy here is gone', () => {
    const text = barText(lang, { role: 'viewer', sync: { kind: 'refused' }, readOnly: true }, name);
    expect(text).toContain(translate(lang, 'team.refusedNow', { name }));
    expect(text).toContain(translate(lang, 'team.sync.refused'));
    // Removed, the user's former role is no longer theirs to be told.
    expect(text).not.toContain(translate(lang, 'team.readOnly', { role: translate(lang, 'team.role.viewer') }));
  });

  it('tells a viewer still on the deal that it is read-only, and nothing of a removal', () => {
    const text = barText(lang, { role: 'viewer', sync: { kind: 'synced' }, readOnly: true }, name);
    expect(text).toContain(translate(lang, 'team.readOnly', { role: translate(lang, 'team.role.viewer') }));
    expect(text).not.toContain(translate(lang, 'team.refusedNow', { name }));
  });

  it('says only the sync state to an editor', () => {
    const text = barText(lang, { role: 'editor', sync: { kind: 'synced' }, readOnly: false }, name);
    expect(text.trim()).toBe(translate(lang, 'team.sync.synced'));
  });
});
