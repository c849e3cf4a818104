import { useState } from 'react';
import { translatePlural } from '../../shared/i18n';
import { adoptionSetting, type Advice } from '../../shared/calibration';
import type { PowermapDocument } from '../../shared/document';
import { useLang } from '../i18n/LangContext';
import { useServices } from '../services/services';
import { TeamError, teamErrorText } from '../team/teamErrors';
import { useTeam } from '../team/TeamContext';
import type { ModelTarget } from './modelTarget';
import { writeAdoption, writeServerAdoption, writeServerStandardModel, writeStandardModel } from './writeModel';

interface ModelWrites {
  /** Adopts the advice as the team's model, adopted by `name`, on every deal of the target. */
  readonly adopt: (advice: Advice, name: string) => void;
  /** Returns every deal of the target to the standard model. */
  readonly undo: () => void;
  /** A write is under way. */
  readonly writing: boolean;
}

/**
 * Writing the team's model (modelTarget.ts): on the server for a team the user leads there,
 * else on the deals of the local library; a message says how many deals it reached, or why not.
 * The review's reads of the deals are held while it writes (`holdReads`), so it shows the
 * deals before the write and then after it, not each deal as it is written.
 */
export function useModelWrites({
  deals,
  target,
  onStart,
  holdReads,
  onWritten,
}: {
  deals: readonly PowermapDocument[];
  target: ModelTarget;
  /** A write starts (the confirmation closes). */
  onStart: () => void;
  /** Holds the review's reads of the deals until the returned release, which reads them once. */
  holdReads: () => () => void;
  /** A write ended, written or not: what else the review shows of the team is read again. */
  onWritten: () => void;
}): ModelWrites {
  const { t, lang } = useLang();
  const { repository, toasts } = useServices();
  const { store } = useTeam();
  const [writing, setWriting] = useState(false);

  const write = async (job: () => Promise<number>, done: (count: number) => string) => {
    onStart();
    setWriting(true);
    const release = holdReads();
    try {
      toasts.show(done(await job()));
    } catch (error) {
      const reason =
        error instanceof TeamError ? teamErrorText(error, t) : error instanceof Error ? error.message : String(error);
      toasts.show(t('review.writeFailed', { reason }), { tone: 'error' });
    } finally {
      // Also after a partial failure: the screen then shows what the deals hold.
      release();
      setWriting(false);
    }
    onWritten();
  };
  const adopt = (advice: Advice, name: string) =>
    void write(
      () => {
        const setting = adoptionSetting(advice, name, new Date().toISOString());
        return target.kind === 'server'
          ? writeServerAdoption(store.session, target.teamId, setting)
          : writeAdoption(repository, deals, setting);
      },
      (count) => translatePlural(lang, 'review.adopted', count),
    );
  const undo = () =>
    void write(
      () =>
        target.kind === 'server'
          ? writeServerStandardModel(store.session, target.teamId)
          : writeStandardModel(repository, deals),
      (count) => translatePlural(lang, 'review.undone', count),
    );
  return { adopt, undo, writing };
}
