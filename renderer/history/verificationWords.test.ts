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
      lines: ['The history is intact: all 1,234 changes are exactly as they were recorded.'],
    });
    expect(verificationWords(tools('es'), { intact: true, entries: 1 }).lines).toEqual(['El historial está íntegro: su único cambio está exactamente como se registró.']);
    expect(verificationWords(tools('en'), { intact: true, entries: 0 }).lines).toEqual(['There is nothing to check yet: no change has been recorded.']);
  });

  it('names the first change that does not match, and how far back the history holds', () => {
    const altered = verificationWords(tools('en'), { intact: false, entries: 56, firstBad: { id: 57, at: '2026-03-03T10:00:00.000Z', problem: 'altered' } });
    expect(altered).toEqual({
      intact: false,
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
});
