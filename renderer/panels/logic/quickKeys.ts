/**
 * The quick keys for attitude and closeness, read from the action registry so that the
 * hint beside a field can never disagree with the key the app binds.
 */
import { actionMeta, type ActionId } from '../../../shared/actions/catalog';
import { ATTITUDE_LADDER, CLOSENESS, type Attitude, type Closeness } from '../../../shared/document';

export interface QuickKey<V extends string> {
  readonly value: V;
  /** As the registry writes it: `4`, `Shift+4`. */
  readonly key: string;
}

function firstShortcut(id: ActionId): string | null {
  return actionMeta(id).shortcuts[0] ?? null;
}

function keysFor<V extends string>(
  values: readonly V[],
  prefix: 'person.attitude' | 'person.closeness',
): QuickKey<V>[] {
  return values.flatMap((value) => {
    const key = firstShortcut(`${prefix}.${value}` as ActionId);
    return key === null ? [] : [{ value, key }];
  });
}

/** Blocker to champion (keys 1 to 5), then unknown (0). */
export function attitudeKeys(): QuickKey<Attitude>[] {
  return keysFor<Attitude>([...ATTITUDE_LADDER, 'unknown'], 'person.attitude');
}

/** From no contact to close. */
export function closenessKeys(): QuickKey<Closeness>[] {
  return keysFor<Closeness>([...CLOSENESS], 'person.closeness');
}
