import { useLang } from '../i18n/LangContext';
import type { SyncState } from './dealConnection';
import './team.css';

/** A shared deal's sync state in words, with a coloured dot that is never the only cue. */
export function SyncBadge({ state }: { state: SyncState | undefined }) {
  const { t } = useLang();
  const kind = state?.kind ?? 'notHere';
  const text =
    state === undefined
      ? t('team.sync.notHere')
      : state.kind === 'waiting'
        ? t('team.sync.waiting', { count: state.count })
        : state.kind === 'offline'
          ? t('team.sync.offline', { count: state.count })
          : t(`team.sync.${state.kind}`);
  return (
    <span className={`team-sync team-sync--${kind}`} role="status">
      {text}
    </span>
  );
}
