// The deal screen's handlers reach modules that import CSS, which Vite's client types declare.
/// <reference types="vite/client" />
/**
 * Actions that do not apply on the current screen are greyed in the desktop menu (issue 12:
 * the pipeline's exports showed on every screen, Close deal on the pipeline): the menu is
 * built with what the screen's runner handles, so the menu, the palette and the keys agree.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/menu';
import { ACTION_IDS, type ActionId } from '../../../shared/actions/catalog';
import { actionRunner, type ActionHandlers } from '../../../renderer/actions/registry';
import { handledActions } from '../../../renderer/actions/useMenuActions';
import { screenHandlers } from '../../../renderer/actions/useScreenActions';
import { dealHandlers } from '../../../renderer/deal/useDealActions';
import { pipelineActionHandlers } from '../../../renderer/pipeline/pipelineActions';

/** The deal screen's handlers; none runs here, so no context is needed to list them. */
const dealScreen = (): ActionHandlers =>
  dealHandlers(() => {
    throw new Error('not run in this test');
  });
const pipelineScreen = (loaded = true): ActionHandlers =>
  screenHandlers(
    () => undefined,
    { lang: 'en', setLang: () => undefined },
    pipelineActionHandlers({ loaded, exportDeals: () => undefined, openPalette: () => undefined }),
  );

function menuEnabled(handlers: ActionHandlers): Map<ActionId, boolean> {
  const handled = new Set(handledActions(actionRunner(handlers)));
  const template = buildMenuTemplate({
    lang: 'en',
    platform: 'linux',
    isPackaged: true,
    onAction: vi.fn(),
    applies: (id) => handled.has(id),
  });
  const flat = (items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flat(item.submenu) : [])]);
  return new Map(
    flat(template)
      .filter((item) => (ACTION_IDS as readonly unknown[]).includes(item.id))
      .map((item) => [item.id as ActionId, item.enabled !== false]),
  );
}

describe('screen-bound actions in the desktop menu', () => {
  it('greys the pipeline’s exports on a deal, and Close deal and Save on the pipeline', () => {
    const onDeal = menuEnabled(dealScreen());
    expect(onDeal.get('pipeline.exportPack')).toBe(false);
    expect(onDeal.get('pipeline.exportCsv')).toBe(false);
    expect(onDeal.get('deal.close')).toBe(true);
    expect(onDeal.get('file.save')).toBe(true);

    const onPipeline = menuEnabled(pipelineScreen());
    expect(onPipeline.get('pipeline.exportPack')).toBe(true);
    expect(onPipeline.get('pipeline.exportCsv')).toBe(true);
    expect(onPipeline.get('deal.close')).toBe(false);
    expect(onPipeline.get('file.save')).toBe(false);
    expect(onPipeline.get('map.addPerson')).toBe(false);
    expect(onPipeline.get('deal.library')).toBe(true);
  });

  it('enables exactly the actions the screen handles, every action listed once, on every screen', () => {
    for (const handlers of [dealScreen(), pipelineScreen(), pipelineScreen(false), {}]) {
      const enabled = menuEnabled(handlers);
      expect([...enabled.keys()].sort()).toEqual([...ACTION_IDS].sort());
      for (const id of ACTION_IDS) expect(enabled.get(id), id).toBe(handlers[id] !== undefined);
    }
  });

  it('keeps a handled action enabled in the menu while it cannot run now (the rows still loading)', () => {
    const runner = actionRunner(pipelineScreen(false));
    expect(runner.applies('pipeline.exportPack')).toBe(true);
    expect(runner.isEnabled('pipeline.exportPack')).toBe(false);
    expect(menuEnabled(pipelineScreen(false)).get('pipeline.exportPack')).toBe(true);
  });

  it('without word from a screen, the menu has every action enabled', () => {
    const template = buildMenuTemplate({ lang: 'en', platform: 'linux', isPackaged: true, onAction: vi.fn() });
    const file = template.find((item) => item.id === 'menu.file')!.submenu as MenuItemConstructorOptions[];
    expect(file.filter((item) => item.id !== undefined).every((item) => item.enabled !== false)).toBe(true);
  });
});
