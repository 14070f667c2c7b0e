// The unsaved-changes guard (issue 6 §1: a half-filled form was discarded
// without a word on Back, Cancel or a click elsewhere). While the form is
// dirty:
// - a link to another screen of the app (the form's Cancel, the navigation)
//   asks first, in a dialog;
// - Back, Forward or an address typed by hand (the hash route changes) is
//   undone at once and asks first; leaving then goes where the official
//   was going;
// - closing or reloading the window asks through the browser's own prompt
//   (beforeunload: browsers show their own words, not ours).
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useLocale } from '../i18n/LocaleContext';
import { ConfirmDialog } from './ConfirmDialog';

export type UnsavedGuard = Readonly<{
  /** Runs `go` at once when nothing would be lost, else after the official confirms. */
  leave: (go: () => void) => void;
  /** Stops guarding: call before navigating away after a successful save. */
  release: () => void;
  /** The confirm dialog, while one is open; render it anywhere in the form. */
  dialog: ReactNode;
}>;

function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export function useUnsavedGuard(dirty: boolean): UnsavedGuard {
  const { t } = useLocale();
  const [pending, setPending] = useState<(() => void) | null>(null);
  const dirtyRef = useRef(dirty);
  const released = useRef(false);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);
  const guarding = useCallback(() => dirtyRef.current && !released.current, []);

  useEffect(() => {
    // The address of the form; the route is put back to it when Back is pressed.
    const formUrl = window.location.href;
    const formHash = window.location.hash;

    function onBeforeUnload(event: BeforeUnloadEvent) {
      if (!guarding()) return;
      event.preventDefault();
      // Older Chromium (and Electron) ask only when returnValue is set.
      event.returnValue = '';
    }

    function onClick(event: MouseEvent) {
      if (!guarding() || event.defaultPrevented || !isPlainClick(event)) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const href = link?.getAttribute('href');
      if (href === null || href === undefined || !href.startsWith('#') || href === window.location.hash || link?.getAttribute('target')) return;
      event.preventDefault();
      setPending(() => () => {
        window.location.hash = href;
      });
    }

    // Registered for the capture phase so it runs before the route listener
    // (renderer/routing/useRoute.ts): the route is put back before the screen
    // switches, and the form never unmounts.
    function onRouteChange() {
      if (!guarding() || window.location.hash === formHash) return;
      const target = window.location.href;
      window.history.pushState(window.history.state, '', formUrl);
      setPending(() => () => {
        // Goes where the official was going as a new step: stepping back
        // through history here did not always reach the screen switch.
        if (window.location.href !== target) window.location.href = target;
      });
    }

    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    window.addEventListener('popstate', onRouteChange, true);
    window.addEventListener('hashchange', onRouteChange, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
      window.removeEventListener('popstate', onRouteChange, true);
      window.removeEventListener('hashchange', onRouteChange, true);
    };
  }, [guarding]);

  const leave = useCallback((go: () => void) => {
    if (!guarding()) {
      go();
      return;
    }
    setPending(() => go);
  }, [guarding]);

  const release = useCallback(() => {
    released.current = true;
  }, []);

  const dialog =
    pending === null ? null : (
      <ConfirmDialog
        title={t('forms.guard.title')}
        confirmLabel={t('forms.guard.leave')}
        cancelLabel={t('forms.guard.stay')}
        onCancel={() => setPending(null)}
        onConfirm={() => {
          released.current = true;
          setPending(null);
          pending();
        }}
      >
        <p>{t('forms.guard.body')}</p>
      </ConfirmDialog>
    );

  return { leave, release, dialog };
}
