import { describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/history/domain';
import { translate } from '../../shared/i18n/catalog';
import { verificationWords } from './verificationWords';

function tools(locale: Locale) {
  return {
    locale,
    t: (key: Parameters<typeof translate>[1], params?: Readonly<Record<string, string | number>>) => translate(locale, key, params),
    formatNumber: (value: number) => new Intl.NumberFormat(locale).format(value),
    formatDateTime: (iso: string) => `[${iso}]`,
  };
}

describe('verificationWords', () => {
  it('says the history is intact, with how many changes were checked', () => {
    expect(verificationWords(tools('en'), { intact: true, entries: 1234 })).toEqual({
      intact: true,
      tone: 'success',
      lines: ['The history is intact: all 1,234 changes are exactly as they were recorded.'],
    });
    expect(verificationWords(tools('es'), { intact: true, entries: 1 }).lines).toEqual(['El historial está íntegro: su único cambio está exactamente como se registró.']);
    expect(verificationWords(tools('en'), { intact: true, entries: 0 }).lines).toEqual(['There is nothing to check yet: no change has been recorded.']);
  });

  it('names the first change that does not match, and how far back the history holds', () => {
    const altered = verificationWords(tools('en'), { intact: false, entries: 56, firstBad: { id: 57, at: '2026-03-03T10:00:00.000Z', problem: 'altered' } });
    expect(altered).toEqual({
      intact: false,
      tone: 'error',
      lines: [
        'The history was altered outside Commission Desk: change no. 57, dated [2026-03-03T10:00:00.000Z], is no longer what was recorded.',
        'The 56 changes before it are intact. Do not rely on this change or on later ones; restore a backup if you have one.',
      ],
    });
    const unlinked = verificationWords(tools('es'), { intact: false, entries: 0, firstBad: { id: 2, at: 'not a date', problem: 'unlinked' } });
    expect(unlinked.lines).toEqual([
      'El historial se alteró fuera de Commission Desk: se eliminó o se añadió un cambio justo antes del cambio n.º 2, con fecha not a date.',
      'No confíe en este cambio ni en los posteriores; restaure una copia de seguridad si la tiene.',
    ]);
  });

  it('says which backup holds changes the history no longer has: cut off its end, or rewritten', () => {
    const backup = { name: '2026-03-10T08-00-00Z.daily.sqlite', at: '2026-03-10T08:00:00.000Z' };
    const shortened = verificationWords(tools('en'), { intact: false, entries: 58, sinceBackup: { backup, entry: 59, problem: 'shortened' } });
    expect(shortened).toEqual({
      intact: false,
      tone: 'error',
      lines: [
        'Changes were removed from the end of the history: the backup of [2026-03-10T08:00:00.000Z] holds change no. 59, which the history no longer has.',
        'That backup is kept (Settings → Backups): restore it, or compare it with the history, before relying on the history.',
      ],
    });
    const rewritten = verificationWords(tools('es'), { intact: false, entries: 1200, sinceBackup: { backup, entry: 1200, problem: 'rewritten' } });
    expect(rewritten.lines).toEqual([
      'El historial se reescribió después de la copia de seguridad del [2026-03-10T08:00:00.000Z]: el cambio n.º 1200 no es el que contiene esa copia.',
      'Esa copia se conserva (Configuración → Copias de seguridad): restáurela, o compárela con el historial, antes de confiar en el historial.',
    ]);
    // A broken chain and a backup mismatch together: both are said, the chain first.
    const both = verificationWords(tools('en'), {
      intact: false,
      entries: 3,
      firstBad: { id: 4, at: '2026-03-03T10:00:00.000Z', problem: 'unlinked' },
      sinceBackup: { backup, entry: 9, problem: 'shortened' },
    });
    expect(both.lines).toHaveLength(4);
    expect(both.lines[0]).toMatch(/^The history was altered outside Commission Desk: a change was removed or added just before change no\. 4/);
    expect(both.lines[2]).toMatch(/^Changes were removed from the end of the history/);
  });

  it('warns when the guards of the history had been removed and were put back, intact or not', () => {
    const guardsRestored = [
      { at: '2026-03-09T08:00:00.000Z', guards: ['audit_log_append_only_delete'] },
      { at: '2026-03-10T08:00:00.000Z', guards: ['audit_log_append_only_update'] },
    ];
    expect(verificationWords(tools('en'), { intact: true, entries: 5, guardsRestored: guardsRestored.slice(0, 1) })).toEqual({
      intact: true,
      tone: 'warning',
      lines: [
        'The history is intact: all 5 changes are exactly as they were recorded.',
        'The protection that keeps the history from being edited had been removed outside Commission Desk; it was put back when the app opened on [2026-03-09T08:00:00.000Z].',
      ],
    });
    expect(verificationWords(tools('es'), { intact: true, entries: 5, guardsRestored }).lines[1]).toBe(
      'La protección que impide editar el historial se había quitado fuera de Commission Desk 2 veces; se restableció cada vez al abrirse la aplicación, la última el [2026-03-10T08:00:00.000Z].',
    );
  });
});
