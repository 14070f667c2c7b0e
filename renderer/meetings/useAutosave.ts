// Text saved as it is typed (issue 8: minutes taken during a meeting lose no
// keystroke). Each change is kept at once in the window's storage, so a crash
// or a closed window loses nothing, and is sent to the API after a short
// pause, on leaving the field and when the page closes. A draft found on
// return that differs from what is stored is shown and saved. (The browser
// host's storage belongs to its address, which changes when the host
// restarts: a draft older than the pause survives a reload, not a restart —
// by then it was saved.)
import { useCallback, useEffect, useRef, useState } from 'react';

const PAUSE_MS = 700;
const PREFIX = 'commission-desk.draft.';

export type AutosaveState = 'saved' | 'pending' | 'saving' | 'failed';

function readDraft(key: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

function writeDraft(key: string, text: string | null): void {
  try {
    if (text === null) window.localStorage.removeItem(PREFIX + key);
    else window.localStorage.setItem(PREFIX + key, text);
  } catch {
    // Storage full or refused: the text still goes to the API after the pause.
  }
}

export function useAutosave(key: string, stored: string, save: (text: string) => Promise<boolean>) {
  const [text, setTextState] = useState(() => readDraft(key) ?? stored);
  const [state, setState] = useState<AutosaveState>(() => (text === stored ? 'saved' : 'pending'));
  const latest = useRef(text);
  const timer = useRef<number | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(async () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const sending = latest.current;
    if (readDraft(key) === null) return;
    setState('saving');
    const ok = await saveRef.current(sending);
    // Typing went on while it was sent: the newer text waits for its own save.
    if (ok && latest.current === sending) {
      writeDraft(key, null);
      setState('saved');
    } else setState(ok ? 'pending' : 'failed');
  }, [key]);

  const setText = useCallback(
    (next: string) => {
      latest.current = next;
      setTextState(next);
      writeDraft(key, next);
      setState('pending');
      if (timer.current !== null) window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), PAUSE_MS);
    },
    [flush, key],
  );

  // A draft restored on return is saved at once; the page closing sends what is pending.
  useEffect(() => {
    const restored = readDraft(key) !== null && readDraft(key) !== stored ? window.setTimeout(() => void flush(), 0) : null;
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      if (restored !== null) window.clearTimeout(restored);
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per field: `stored` is only compared on arrival
  }, [key, flush]);

  return { text, setText, state, flush };
}
