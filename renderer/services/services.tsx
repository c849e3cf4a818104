import { createContext, useContext } from 'react';
import type { Actor } from '../../shared/collab/shape';
import type { Lang } from '../../shared/i18n';
import { localIsoDate } from '../../shared/values';
import type { DealRepository } from '../persistence/repository';
import type { DealSync } from '../persistence/sync';
import type { Platform } from '../platform/platform';
import type { ToastStore } from '../ui/toasts';

/** What every view needs from outside React: files, the database, other windows, messages. */
export interface Services {
  readonly platform: Platform;
  readonly repository: DealRepository;
  readonly sync: DealSync;
  /** Who makes this laptop's changes (trail entries): the local user (./localActor.ts). */
  readonly actor: () => Actor;
  readonly toasts: ToastStore;
  readonly setLang: (lang: Lang) => void;
  /** Today as YYYY-MM-DD, for the analysis date. */
  readonly today: () => string;
}

const ServicesContext = createContext<Services | null>(null);

export const ServicesProvider = ServicesContext.Provider;

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

/** Today in the user's time zone, YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  return localIsoDate(now);
}
