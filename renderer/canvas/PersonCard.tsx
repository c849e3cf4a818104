/**
 * One person on the map. Kept light: a fixed-size box of plain text, classes for every
 * style (canvas.css), no shadows or filters, one context read for the words. Re-renders
 * only when its node's data or selection changes, not while it is dragged.
 *
 * Attitude shows as colour (border and header band) and as a text label; closeness as the
 * border's weight and style; influence as a bar with its figure; the owner by name and
 * initials; a comparison's mark (marks.ts) as a coloured ring and a worded badge. Text from the document is rendered as text, never as markup.
 */
import type { NodeProps } from '@xyflow/react';
import { memo, useCallback, useContext, useRef, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useLang } from '../i18n/LangContext';
import { CardHandles } from './CardHandles';
import { markBadge } from './marks';
import { RenameContext, typedName } from './renaming';
import { influenceStep, subtitleOf, type PersonNode } from './toFlow';

const NOBODY = () => false;
const NO_SUBSCRIPTION = () => () => {};

/** A text that surely fits (PersonData's `whole`) is drawn without its ellipsis's clip (canvas.css `.pm-whole`). */
const wholeClass = (whole: boolean) => (whole ? ' pm-whole' : '');

function PersonCardView({ id, data, selected, isConnectable }: NodeProps<PersonNode>) {
  const { t } = useLang();
  const rename = useContext(RenameContext);
  const editing = useSyncExternalStore(
    rename ? rename.renaming.subscribe : NO_SUBSCRIPTION,
    rename ? () => rename.renaming.get() === id : NOBODY,
  );
  const { person, owner, highlighted, far, mark, peer, whole } = data;
  if (far) return null;
  const subtitle = subtitleOf(person);
  const attitude = t(`attitude.${person.attitude}`);
  const className =
    `pm-card pm-att-${person.attitude} pm-close-${person.closeness}` +
    (highlighted ? ' pm-card--highlight' : '') +
    (selected ? ' pm-card--selected' : '') +
    (mark ? ` pm-card--mark pm-card--mark-${mark}` : '') +
    (peer ? ' pm-card--peer' : '');
  return (
    <div className={className} style={peer ? { ['--peer' as string]: peer.colour } : undefined}>
      {/* A teammate's selection (presence): their names on the ring; the node's aria label says it too. */}
      {peer && (
        <span className="pm-card__peer" aria-hidden="true">
          {peer.names.join(', ')}
        </span>
      )}
      {/* The node's aria label already says the mark (toFlow), so the badge is for the eye only. */}
      {mark && (
        <span className="pm-card__mark" aria-hidden="true" data-mark={mark}>
          {markBadge(mark, t)}
        </span>
      )}
      <CardHandles isConnectable={isConnectable} />
      <div className="pm-card__head">
        {editing && rename ? (
          <NameField id={id} name={person.name} />
        ) : (
          <span className={`pm-card__name${wholeClass(whole.name)}`} title={person.name}>
            {person.name}
          </span>
        )}
        <span className="pm-card__attitude" title={t('canvas.attitude', { attitude })}>
          {attitude}
        </span>
      </div>
      <div className={`pm-card__sub${wholeClass(whole.subtitle)}`} title={subtitle || undefined}>
        {subtitle}
      </div>
      <div className="pm-card__roles">
        {person.roles.map((role) => (
          <abbr key={role} className={`pm-role pm-role--${role}`} title={t(`role.${role}`)}>
            {t(`canvas.roleShort.${role}`)}
          </abbr>
        ))}
      </div>
      <div className="pm-card__foot">
        {person.influence === null ? (
          <span className="pm-influence pm-influence--none" title={t('canvas.influence.noneLong')}>
            <span className="pm-influence__bar" aria-hidden="true" />
            <span className="pm-influence__value">{t('canvas.influence.none')}</span>
          </span>
        ) : (
          <span className="pm-influence" title={t('canvas.influence', { value: person.influence })}>
            <span className="pm-influence__bar" aria-hidden="true">
              <span className={`pm-influence__fill pm-w${influenceStep(person.influence)}`} />
            </span>
            <span className="pm-influence__value">{person.influence}%</span>
          </span>
        )}
        {owner === null ? (
          <span className="pm-owner pm-owner--none" title={t('canvas.owner.noneLong')}>
            <span className="pm-owner__badge" aria-hidden="true">
              ?
            </span>
            <span className="pm-owner__name">{t('canvas.owner.none')}</span>
          </span>
        ) : (
          <span className="pm-owner" title={t('canvas.owner', { name: owner.name })}>
            <span className="pm-owner__badge" aria-hidden="true">
              {owner.initials}
            </span>
            <span className={`pm-owner__name${wholeClass(whole.owner)}`}>{owner.name}</span>
          </span>
        )}
      </div>
    </div>
  );
}

/**
 * The name as a text field on the card: focused with its text selected, Enter or leaving
 * the field keeps the name (one undoable edit), Escape keeps the old one. Keys typed here
 * stay here: they are not shortcuts, nor React Flow's arrow-key moves.
 */
function NameField({ id, name }: { id: string; name: string }) {
  const { t } = useLang();
  const rename = useContext(RenameContext)!;
  const done = useRef(false);
  const finish = useCallback(
    (input: HTMLInputElement, keep: boolean) => {
      if (done.current) return;
      done.current = true;
      const next = keep ? typedName(input.value, name) : null;
      // Keyboard work goes on from the card itself, not from the top of the page.
      const card = input.closest<HTMLElement>('.react-flow__node');
      if (next !== null) rename.commit(id, next);
      rename.renaming.stop(id);
      if (document.activeElement === input) card?.focus({ preventScroll: true });
    },
    [id, name, rename],
  );
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(event.currentTarget, true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(event.currentTarget, false);
    }
  };
  return (
    <input
      className="pm-card__name-input nodrag nopan nowheel"
      defaultValue={name}
      aria-label={t('canvas.rename')}
      autoFocus
      spellCheck={false}
      onFocus={(event) => event.currentTarget.select()}
      onKeyDown={onKeyDown}
      onBlur={(event) => finish(event.currentTarget, true)}
    />
  );
}

/** Skips re-rendering when only the position moved (React Flow places the wrapper). */
function sameCard(before: NodeProps<PersonNode>, after: NodeProps<PersonNode>): boolean {
  return (
    before.data === after.data && before.selected === after.selected && before.isConnectable === after.isConnectable
  );
}

export const PersonCard = memo(PersonCardView, sameCard);
PersonCard.displayName = 'PersonCard';
