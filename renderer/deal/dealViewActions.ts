/**
 * The map and view actions while a deal is open: adding a person and laying the map out,
 * zooming, switching between the map, the grid and the history, the trail, snapshots, the
 * language and the palette.
 */
import type { ActionHandlers } from '../actions/registry';
import { movePeople } from '../editor/commands/people';
import { applyWithAutoSnapshot } from '../history/commands';
import { addPersonInView } from './addPerson';
import type { DealReads } from './dealActionContext';
import { orgChartLayout } from './orgChartLayout';

export function mapHandlers({ get, store, state }: DealReads): ActionHandlers {
  return {
    'map.addPerson': {
      run: () => {
        const { t, canvas } = get();
        addPersonInView(store(), t, canvas());
      },
    },
    'map.autoLayout': {
      run: () => {
        const { services, t, canvas, history } = get();
        orgChartLayout(state().doc)
          .then((positions) => {
            // The map as it was is kept first, in the same undo step as the layout.
            applyWithAutoSnapshot(history, { reason: 'layout' }, movePeople(positions));
            // Fit once React Flow has drawn the cards in their new places (two frames on).
            requestAnimationFrame(() => requestAnimationFrame(() => canvas()?.zoomToFit()));
          })
          .catch((error: unknown) =>
            services.toasts.show(t('editor.layoutFailed', { message: String(error) }), { tone: 'error' }),
          );
      },
      enabled: () => state().doc.stakeholders.length > 0,
    },
    'map.zoomToFit': { run: () => get().canvas()?.zoomToFit() },
    'map.zoomIn': { run: () => get().canvas()?.zoomIn() },
    'map.zoomOut': { run: () => get().canvas()?.zoomOut() },
  };
}

export function viewHandlers({ get, store, state }: DealReads): ActionHandlers {
  return {
    'view.map': { run: () => get().setView('map') },
    'view.grid': { run: () => get().setView('grid') },
    'view.history': {
      run: () => {
        // Quick keys act on the selection, which the history view does not show.
        store().select({ people: [], lines: [] });
        get().setView('history');
      },
    },
    'view.trail': {
      run: () => get().openTrail?.(null),
      enabled: () => get().openTrail !== undefined,
    },
    'history.snapshot': { run: () => get().openSnapshotDialog(), enabled: () => state().whatIf === null },
    'view.language': { run: () => get().services.setLang(get().lang === 'en' ? 'zh-CN' : 'en') },
    'view.palette': { run: () => get().openPalette() },
  };
}
