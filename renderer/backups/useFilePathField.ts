// The state of a "restore from a file" field, shared by the Backups screen
// (RestoreFromFile.tsx) and the recovery screen (recovery/RestoreFilePanel.tsx):
// a full path typed, or chosen in the desktop app's dialog where the preload
// offers it (hostFiles.ts); an empty one is said missing rather than sent.
import { useId, useState, type FormEvent } from 'react';
import { fileDialogs } from './hostFiles';

export function useFilePathField(busy: boolean, onRestore: (path: string) => void) {
  const [path, setPath] = useState('');
  const [missing, setMissing] = useState(false);
  const ids = { heading: useId(), field: useId(), help: useId(), error: useId() };
  const dialogs = fileDialogs();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (path.trim() === '') {
      setMissing(true);
      return;
    }
    onRestore(path.trim());
  }

  async function choose() {
    const chosen = await dialogs?.chooseFile();
    if (chosen === null || chosen === undefined) return;
    setPath(chosen);
    setMissing(false);
  }

  return { path, setPath, missing, setMissing, ids, canChoose: dialogs !== null, submit, choose };
}
