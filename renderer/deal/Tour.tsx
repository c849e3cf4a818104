import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MessageKey } from '../../shared/i18n';
import { rememberTourDone } from '../services/firstRun';
import type { Translator } from '../../shared/i18n';
import { useLang } from '../i18n/LangContext';
import '../ui/firstRun.css';

/** One step: what it is about, and where it is on the deal screen. */
interface TourStep {
  readonly id: 'map' | 'inspector' | 'likelihood' | 'gaps' | 'export';
  readonly target: (t: Translator) => Element | null;
}

/** The five steps, in the order a newcomer meets them (issue 8: at most five). */
export const TOUR_STEPS: readonly TourStep[] = [
  { id: 'map', target: () => document.querySelector('.deal-main') },
  { id: 'inspector', target: () => document.querySelector('.side-left') },
  { id: 'likelihood', target: () => document.querySelector('.pn-likelihood') },
  {
    id: 'gaps',
    target: () => document.querySelector('.pn-gap-group')?.closest('section') ?? document.querySelector('.side-right'),
  },
  {
    id: 'export',
    target: (t) => document.querySelector(`.deal-editor button[aria-label="${CSS.escape(t('action.file.export'))}"]`),
  },
];

const GAP = 12;
const CARD_WIDTH = 320;

interface Place {
  readonly ring: { top: number; left: number; width: number; height: number } | null;
  readonly card: { top: number; left: number };
}

/** Beside the target where there is room (right, left, below), kept inside the window. */
function placeFor(target: Element | null, cardHeight: number): Place {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const clamp = (value: number, max: number) => Math.max(GAP, Math.min(value, max - GAP));
  if (!target) return { ring: null, card: { top: vh / 2 - cardHeight / 2, left: vw / 2 - CARD_WIDTH / 2 } };
  const r = target.getBoundingClientRect();
  const ring = { top: r.top - 4, left: r.left - 4, width: r.width + 8, height: r.height + 8 };
  let left: number;
  let top = r.top;
  if (r.right + GAP + CARD_WIDTH <= vw) left = r.right + GAP;
  else if (r.left - GAP - CARD_WIDTH >= 0) left = r.left - GAP - CARD_WIDTH;
  else {
    // Wide targets (the map): inside, near their top left corner.
    left = r.left + GAP * 2;
    top = r.height > cardHeight + 4 * GAP ? r.top + GAP * 2 : r.bottom + GAP;
  }
  return { ring, card: { top: clamp(top, vh - cardHeight), left: clamp(left, vw - CARD_WIDTH) } };
}

/**
 * The first-run tour of the deal screen: a small card beside each part in turn, the part
 * outlined. Skippable at every step (the button or Escape). It counts as seen as soon as it
 * shows (firstRun.ts): skipped, finished, or left half-way by a reload or another screen, it
 * is never shown again. It does not block the screen.
 */
export function Tour({ onClose }: { onClose: () => void }) {
  const { t } = useLang();
  const ids = useId();
  const [index, setIndex] = useState(0);
  const [place, setPlace] = useState<Place | null>(null);
  const card = useRef<HTMLDivElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const step = TOUR_STEPS[index]!;
  const last = index === TOUR_STEPS.length - 1;

  // Seen once shown: a reload or leaving mid-tour must not bring it back (a tour that keeps
  // returning is a nag), and closing it needs no write of its own.
  useEffect(() => rememberTourDone(), []);
  const close = onClose;

  useLayoutEffect(() => {
    const measure = () => setPlace(placeFor(step.target(t), card.current?.offsetHeight ?? 160));
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [step, t]);
  useEffect(() => next.current?.focus(), [index]);

  // Escape skips the tour wherever the focus is, before the map's own Escape.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      event.stopPropagation();
      close();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [close]);
  // Keys typed in the tour are the tour's, not the map's shortcuts.
  const onKeyDown = (event: KeyboardEvent) => event.stopPropagation();

  return (
    <>
      {place?.ring && <div className="tour-ring" style={place.ring} aria-hidden="true" />}
      <div
        ref={card}
        className="tour-card"
        role="dialog"
        aria-modal="false"
        aria-label={t('firstRun.tour.label')}
        aria-describedby={`${ids}-body`}
        style={place ? place.card : { visibility: 'hidden' }}
        onKeyDown={onKeyDown}
      >
        <p className="tour-card__step">{t('firstRun.tour.step', { step: index + 1, count: TOUR_STEPS.length })}</p>
        <h2 className="tour-card__title">{t(`firstRun.tour.${step.id}.title` as MessageKey)}</h2>
        <p id={`${ids}-body`} className="tour-card__body">
          {t(`firstRun.tour.${step.id}.body` as MessageKey)}
        </p>
        <div className="tour-card__buttons">
          {!last && (
            <button type="button" className="link tour-card__skip" onClick={close}>
              {t('firstRun.tour.skip')}
            </button>
          )}
          {index > 0 && (
            <button type="button" onClick={() => setIndex(index - 1)}>
              {t('firstRun.tour.back')}
            </button>
          )}
          <button ref={next} type="button" className="primary" onClick={() => (last ? close() : setIndex(index + 1))}>
            {last ? t('firstRun.tour.done') : t('firstRun.tour.next')}
          </button>
        </div>
      </div>
    </>
  );
}
