import ActivityIcon from 'lucide-react/icons/activity';
import type { ActionRunner } from '../actions/registry';
import { useLang } from '../i18n/LangContext';
import { initialsOf, type Peer } from '../services/presence';
import './presence.css';

/** Avatars shown before the rest fold into "N more". */
const MAX_AVATARS = 4;

/**
 * The toolbar's presence: the teammates who also have this deal open (their initials in
 * their colour, their name and the person they selected in the tooltip and the accessible
 * name), and the button that opens the activity trail. Alone, only the button shows.
 */
export function PresenceBar({
  peers,
  personName,
  runner,
  trailOpen,
}: {
  peers: readonly Peer[];
  /** A person's name by id, for "has selected {person}". */
  personName: (id: string) => string | undefined;
  runner: ActionRunner;
  trailOpen: boolean;
}) {
  const { t } = useLang();
  const shown = peers.slice(0, MAX_AVATARS);
  const more = peers.length - shown.length;
  const label = t('action.view.trail');
  return (
    <div className="tool-group presence" role="group" aria-label={t('presence.label')}>
      {shown.length > 0 && (
        <ul className="presence__peers">
          {shown.map((peer) => {
            const name = peer.user.name.trim() || t('presence.unnamed');
            const selected = peer.selected.map(personName).find((n) => n !== undefined);
            const says =
              selected === undefined
                ? t('presence.peer', { name })
                : t('presence.peerSelected', { name, person: selected });
            return (
              <li
                key={peer.user.id}
                className="presence__avatar"
                style={{ background: peer.user.colour }}
                title={says}
                aria-label={says}
              >
                <span aria-hidden="true">{initialsOf(name)}</span>
              </li>
            );
          })}
          {more > 0 && (
            <li className="presence__more" title={t('presence.more', { count: more })}>
              +{more}
            </li>
          )}
        </ul>
      )}
      {/* The icon alone, its full name as tooltip and accessible name: the toolbar's words fill one row already. */}
      <button
        type="button"
        className="tool"
        aria-label={label}
        title={label}
        aria-pressed={trailOpen}
        onClick={() => runner.run('view.trail')}
      >
        <ActivityIcon className="tool__icon" aria-hidden="true" focusable="false" size={16} strokeWidth={2} />
      </button>
    </div>
  );
}
