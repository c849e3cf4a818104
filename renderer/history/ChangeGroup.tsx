import type { ReactNode } from 'react';
import { useLang } from '../i18n/LangContext';
import { MARK_SYMBOLS } from '../canvas/marks';

/** One group of the change list (the deal, our team, people, ...) under its heading. */
export function ChangeGroup({
  className = 'ph-group',
  heading,
  children,
}: {
  className?: string;
  heading: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <h4 className="ph-group__heading">{heading}</h4>
      {children}
    </div>
  );
}

/** What a group says when nothing in it changed. */
export function NoChanges() {
  const { t } = useLang();
  return <p className="pn-muted">{t('historyApp.changes.none')}</p>;
}

/** One thing added or removed (a team member, a relationship): its mark, then what it is. */
export function AddedOrRemoved({ mark, children }: { mark: 'added' | 'removed'; children: ReactNode }) {
  const { t } = useLang();
  return (
    <li className={`ph-change ph-change--${mark}`}>
      <span className={`ph-mark ph-mark--${mark}`}>
        {MARK_SYMBOLS[mark]} {t(`historyApp.mark.${mark}`)}
      </span>{' '}
      {children}
    </li>
  );
}
