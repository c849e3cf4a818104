/**
 * What the actions do in the library: New deal, Open, the pipeline, the win/loss review and Sign in to a server. The buttons, the shortcuts and the
 * desktop's native menus all run them through one runner, as in a deal (useDealActions).
 */
import { useMemo, useRef } from 'react';
import { actionRunner, type ActionRunner } from '../actions/registry';

export interface LibraryActions {
  readonly newDeal: () => void;
  readonly open: () => void;
  readonly signIn: () => void;
  readonly pipeline: () => void;
  readonly review: () => void;
}

export function useLibraryActions(actions: LibraryActions): ActionRunner {
  const ref = useRef(actions);
  ref.current = actions;
  return useMemo(() => libraryRunner(() => ref.current), []);
}

export function libraryRunner(get: () => LibraryActions): ActionRunner {
  return actionRunner({
    'deal.new': { run: () => get().newDeal() },
    'file.open': { run: () => get().open() },
    'team.signIn': { run: () => get().signIn() },
    'deal.pipeline': { run: () => get().pipeline() },
    'deal.review': { run: () => get().review() },
  });
}
