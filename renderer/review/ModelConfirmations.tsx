import { translatePlural } from '../../shared/i18n';
import { adoptionSetting, type Advice } from '../../shared/calibration';
import type { PowermapDocument } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { ownName } from '../services/firstRun';
import { ConfirmModelDialog } from './ConfirmModelDialog';
import type { ModelTarget } from './modelTarget';
import { adoptionChanges } from './reviewModel';

interface Confirmation {
  readonly deals: readonly PowermapDocument[];
  readonly target: ModelTarget;
  readonly onCancel: () => void;
}

/** Adopting the advice: what changes, on which deals (or which server team), and who adopts it. */
export function ConfirmAdoption({
  advice,
  deals,
  target,
  onConfirm,
  onCancel,
}: Confirmation & { advice: Advice; onConfirm: (name: string) => void }) {
  const { t, lang } = useLang();
  const open = deals.filter((d) => d.deal.outcome === null).length;
  const body =
    target.kind === 'server'
      ? t('review.confirm.adopt.server', { team: target.teamName })
      : translatePlural(lang, 'review.confirm.adopt.body', deals.length, { open });
  return (
    <ConfirmModelDialog
      title={t('review.confirm.adopt.title')}
      body={body}
      changes={adoptionChanges(adoptionSetting(advice, '', ''), advice, lang, t)}
      confirmLabel={t('review.confirm.adopt')}
      askName
      initialName={ownName() ?? ''}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}

/** Returning to the standard model, on which deals (or which server team). */
export function ConfirmUndo({ deals, target, onConfirm, onCancel }: Confirmation & { onConfirm: () => void }) {
  const { t, lang } = useLang();
  const body =
    target.kind === 'server'
      ? t('review.confirm.undo.server', { team: target.teamName })
      : translatePlural(lang, 'review.confirm.undo.body', deals.length);
  return (
    <ConfirmModelDialog
      title={t('review.confirm.undo.title')}
      body={body}
      changes={[]}
      confirmLabel={t('review.confirm.undo')}
      askName={false}
      initialName=""
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
