import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/catalog';
import { reasonText, sizeText } from './backupWords';

const tools = (locale: 'en' | 'es') => {
  const numbers = new Intl.NumberFormat(locale === 'es' ? 'es' : 'en-GB');
  return { t: (key: Parameters<typeof translate>[1], params?: Readonly<Record<string, string | number>>) => translate(locale, key, params), formatNumber: (value: number) => numbers.format(value) };
};

describe('backup words', () => {
  it('say why a copy was taken, with the version before an update', () => {
    expect(reasonText(tools('en'), { reason: 'before-migration', migrationVersion: 100 })).toBe('Before the update to version 100');
    expect(reasonText(tools('es'), { reason: 'quit', migrationVersion: null })).toBe('Al salir');
    expect(reasonText(tools('es'), { reason: 'manual', migrationVersion: null })).toBe('Hecha por usted');
  });

  it('give sizes in the largest whole unit, with the language’s decimal mark', () => {
    expect(sizeText(tools('en'), 812)).toBe('812 bytes');
    expect(sizeText(tools('en'), 1536)).toBe('1.5 KB');
    expect(sizeText(tools('es'), 250 * 1024 * 1024 + 300 * 1024)).toBe('250,3 MB');
    expect(sizeText(tools('en'), 3 * 1024 ** 3)).toBe('3 GB');
  });
});
