import { useState, type ReactNode } from 'react';
import { ownName, rememberOwnName } from '../services/firstRun';
import { useServices } from '../services/services';
import { useLang } from '../i18n/LangContext';
import { newDealDocument } from './newDeal';
import { courseExampleCopy } from './courseExample';
import { OwnNameDialog } from './OwnNameDialog';

/**
 * Starting a deal from the library: a new one, in the user's own name, asked once at the
 * first new deal (firstRun.ts), or a copy of the course's example (courseExample.ts). Each
 * is stored, then opened. `nameDialog` is the question of the name while it is asked.
 */
export function useNewDeal(onOpen: (dealId: string) => void): {
  create: () => Promise<void>;
  openExample: () => Promise<void>;
  nameDialog: ReactNode;
} {
  const { repository, toasts } = useServices();
  const { t } = useLang();
  const [askingName, setAskingName] = useState(false);

  const createAs = async (member: string) => {
    const doc = newDealDocument(t('library.newDealName'), member);
    await repository.createDeal(doc);
    onOpen(doc.deal.id);
  };
  const create = async () => {
    const name = ownName();
    if (name === null) setAskingName(true);
    else await createAs(name);
  };
  const answerName = (name: string) => {
    setAskingName(false);
    rememberOwnName(name);
    void createAs(name);
  };
  const openExample = async () => {
    const doc = courseExampleCopy();
    await repository.createDeal(doc);
    toasts.show(t('firstRun.example.opened', { name: doc.deal.name }));
    onOpen(doc.deal.id);
  };

  return { create, openExample, nameDialog: askingName && <OwnNameDialog onDone={answerName} /> };
}
