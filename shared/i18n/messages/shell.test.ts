import { describe, expect, it } from 'vitest';
import { casePageMessages } from './casePage';
import { domainMessages } from './domain';
import { shellMessages } from './shell';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('shell messages', () => {
  it('share no key with the other catalogs (the catalog spread would silently keep only one)', () => {
    const others = new Set([...Object.keys(domainMessages), ...Object.keys(casePageMessages)]);
    expect(Object.keys(shellMessages).filter((key) => others.has(key))).toEqual([]);
  });

  it('use the same placeholders in English and Spanish, and no empty text', () => {
    for (const [key, { en, es }] of Object.entries(shellMessages)) {
      expect({ key, es: placeholders(es) }).toEqual({ key, es: placeholders(en) });
      expect(en.trim(), key).not.toBe('');
      expect(es.trim(), key).not.toBe('');
    }
  });

  it('come in one/other pairs wherever a count is pluralized', () => {
    const keys = Object.keys(shellMessages);
    for (const key of keys.filter((name) => name.endsWith('.one'))) expect(keys, key).toContain(key.replace(/\.one$/, '.other'));
    for (const key of keys.filter((name) => name.endsWith('.other'))) expect(keys, key).toContain(key.replace(/\.other$/, '.one'));
  });
});
