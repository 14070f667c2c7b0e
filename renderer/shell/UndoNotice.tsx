// The Undo notice after a removal (issue 6 §1, "Removal you can take back"):
// one place for every kind of record. A screen that removes something calls
// `useUndo()(offer)`; the notice says what went where, takes the focus (the
// removed record's row or page is gone, so the focus has nowhere else to be
// and Enter then undoes at once), and stays until it is used or closed — it
// closes by itself only after UNDO_SHOWN_MS, and never while the pointer or
// the focus is in it (WCAG 2.2.1: enough time to act).
//
// The provider sits in the app shell, above the screens, because a case is
// removed on its page and the notice must outlive that page (the app goes to
// the cases list). The restore is sent from here for the same reason: the
// component that offered it may be gone by the time Undo is pressed.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { ApiError, ApiResponse } from '../../shared/api/errors';
import { invalidateAfterCommand } from '../api/queries';
import { focusWhenShown } from '../forms/focus';
import { useLocale, type LocaleTools } from '../i18n/LocaleContext';
import { ErrorNotice } from './ErrorNotice';
import './UndoNotice.css';

/** How long an unused notice stays (and restarts from when the pointer or focus leaves it). */
export const UNDO_SHOWN_MS = 30_000;
/** How long "restored" stays once Undo has worked: nothing is left to do with it. */
const UNDONE_SHOWN_MS = 8_000;

export type UndoOffer = Readonly<{
  /** What was done ("Case X moved to the Trash."), worded in the language shown at the time. */
  said: (tools: LocaleTools) => string;
  /** Takes it back: a restore command. The app's reads are refreshed after a success. */
  undo: () => Promise<ApiResponse<unknown>>;
  /** What the notice says once it is undone. */
  undone: (tools: LocaleTools) => string;
  /**
   * After a successful undo, with the data on screen refreshed: moves the
   * focus to the restored record, answering false where that record is not
   * on screen (the notice then keeps the focus, on Close).
   */
  afterUndo?: () => boolean;
  /** Where the focus goes when the notice closes while holding it; the main area by default. */
  returnFocus?: () => void;
}>;

type Phase = 'offered' | 'undoing' | 'undone' | 'failed';
type Shown = Readonly<{ serial: number; offer: UndoOffer; phase: Phase; error: ApiError | null; focusMoved: boolean }>;

const OfferUndo = createContext<((offer: UndoOffer) => void) | null>(null);

/** Offers Undo for what was just done; replaces any notice already shown. */
export function useUndo(): (offer: UndoOffer) => void {
  const offer = useContext(OfferUndo);
  if (offer === null) throw new Error('useUndo outside UndoProvider');
  return offer;
}

function focusMain(): void {
  document.querySelector<HTMLElement>('main')?.focus();
}

export function UndoProvider({ children }: Readonly<{ children: ReactNode }>) {
  const [shown, setShown] = useState<Shown | null>(null);
  const serial = useRef(0);
  const client = useQueryClient();

  const offer = useCallback((next: UndoOffer) => {
    serial.current += 1;
    setShown({ serial: serial.current, offer: next, phase: 'offered', error: null, focusMoved: false });
  }, []);

  // Each step checks the serial: a newer notice may have replaced this one meanwhile.
  const update = useCallback((of: number, change: Partial<Pick<Shown, 'phase' | 'error' | 'focusMoved'>>) => {
    setShown((current) => (current === null || current.serial !== of ? current : { ...current, ...change }));
  }, []);
  const close = useCallback((of: number) => setShown((current) => (current?.serial === of ? null : current)), []);

  const undo = useCallback(
    async (of: Shown) => {
      update(of.serial, { phase: 'undoing', error: null });
      const response = await of.offer.undo();
      if (!response.ok) {
        update(of.serial, { phase: 'failed', error: response.error });
        return;
      }
      await invalidateAfterCommand(client);
      update(of.serial, { phase: 'undone', focusMoved: of.offer.afterUndo?.() ?? false });
    },
    [client, update],
  );

  return (
    <OfferUndo.Provider value={offer}>
      {children}
      <UndoNotice shown={shown} onUndo={(of) => void undo(of)} onClose={close} />
    </OfferUndo.Provider>
  );
}

type NoticeProps = Readonly<{ shown: Shown | null; onUndo: (of: Shown) => void; onClose: (serial: number) => void }>;

function UndoNotice({ shown, onUndo, onClose }: NoticeProps) {
  const tools = useLocale();
  const { t } = tools;
  const box = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const pointerIn = useRef(false);
  // Bumped when the pointer or the focus leaves the notice: its wait starts again from then.
  const [left, setLeft] = useState(0);
  const textId = useId();
  const serial = shown?.serial ?? null;
  const phase = shown?.phase ?? null;
  const focusMoved = shown?.focusMoved ?? false;

  // A new notice takes the focus on its Undo button — as soon as it can: a
  // confirm dialog closing in the same moment keeps the page inert until it is gone.
  useEffect(() => {
    if (serial !== null) focusWhenShown(`.undo-notice[data-serial="${serial}"] .undo-button`, 1000);
  }, [serial]);

  // The Undo button is gone once it has worked or failed: the focus stays in
  // the notice, on Close (beside the reason, if it failed), unless the offer
  // moves it to the restored record.
  useEffect(() => {
    if (phase === 'failed' || (phase === 'undone' && !focusMoved)) closeButton.current?.focus();
  }, [phase, focusMoved]);

  // Closes by itself only when nobody is using it: with the pointer or the
  // focus in it, the wait starts over. The focus is read when the wait ends
  // rather than tracked, since a button that unmounts takes it without a blur.
  useEffect(() => {
    if (serial === null || phase === 'undoing' || phase === 'failed') return;
    const wait = phase === 'undone' ? UNDONE_SHOWN_MS : UNDO_SHOWN_MS;
    let timer = 0;
    const expire = () => {
      const inUse = pointerIn.current || box.current?.contains(document.activeElement) === true;
      if (inUse) timer = window.setTimeout(expire, wait);
      else onClose(serial);
    };
    timer = window.setTimeout(expire, wait);
    return () => window.clearTimeout(timer);
  }, [serial, phase, left, onClose]);

  if (shown === null)
    // The live region is on the page before anything is said in it, so the first notice is announced too.
    return <div className="undo-region" role="status" />;

  function close() {
    if (shown === null) return;
    const hadFocus = box.current?.contains(document.activeElement) === true;
    pointerIn.current = false;
    onClose(shown.serial);
    if (hadFocus) (shown.offer.returnFocus ?? focusMain)();
  }

  const done = shown.phase === 'undone';
  return (
    <div className="undo-region" role="status">
      <div
        ref={box}
        data-serial={shown.serial}
        className={`undo-notice${done ? ' is-done' : ''}`}
        onPointerEnter={() => {
          pointerIn.current = true;
        }}
        onPointerLeave={() => {
          pointerIn.current = false;
          setLeft((count) => count + 1);
        }}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) setLeft((count) => count + 1);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          close();
        }}
      >
        <p id={textId} className="undo-text">
          {done ? shown.offer.undone(tools) : shown.offer.said(tools)}
        </p>
        {shown.error !== null && <ErrorNotice error={shown.error} />}
        <div className="undo-actions">
          {(shown.phase === 'offered' || shown.phase === 'undoing') && (
            // aria-disabled, not disabled: a disabled button would drop the focus while the restore runs.
            <button
              type="button"
              className="button primary undo-button"
              aria-describedby={textId}
              aria-disabled={shown.phase === 'undoing'}
              onClick={() => {
                if (shown.phase === 'offered') onUndo(shown);
              }}
            >
              {shown.phase === 'undoing' ? t('undo.undoing') : t('undo.undo')}
            </button>
          )}
          <button ref={closeButton} type="button" className="button" aria-label={t('undo.close.aria')} onClick={close}>
            {t('undo.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
