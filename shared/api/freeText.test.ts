import { describe, expect, it } from 'vitest';
import { freeTextProblem, normalizeFreeText } from './freeText';

const LINE = { multiline: false };
const LONG = { multiline: true };

describe('freeTextProblem', () => {
  it('accepts ordinary text in any script, with emoji and accents', () => {
    for (const value of ['Dairy permits', 'Permisos de importación — “banano”', 'Ñandú 🍌', 'مرحبا', '中文', '', '   ']) {
      expect(freeTextProblem(value, LINE)).toBeNull();
    }
  });

  it('refuses control characters, keeping line breaks and tabs in long text only', () => {
    expect(freeTextProblem('a\u0000b', LONG)).toBe('control_character');
    expect(freeTextProblem('\u001b[2Jcleared', LINE)).toBe('control_character');
    expect(freeTextProblem('del\u007f', LINE)).toBe('control_character');
    expect(freeTextProblem('c1\u0085', LINE)).toBe('control_character');
    expect(freeTextProblem('bare\rreturn', LONG)).toBe('control_character');
    expect(freeTextProblem('two\nlines\tand a tab', LONG)).toBeNull();
    expect(freeTextProblem('two\nlines', LINE)).toBe('control_character');
    expect(freeTextProblem('a\ttab', LINE)).toBe('control_character');
  });

  it('refuses every bidi override and isolate', () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(freeTextProblem(`Minister ${String.fromCharCode(code)}of Trade`, LONG)).toBe('bidi_control');
    }
  });

  it('refuses a lone surrogate of either half, and accepts a pair', () => {
    expect(freeTextProblem('x\uD83Cy', LINE)).toBe('lone_surrogate');
    expect(freeTextProblem('x\uDF4C', LINE)).toBe('lone_surrogate');
    expect(freeTextProblem('\uDF4C\uD83C', LINE)).toBe('lone_surrogate');
    expect(freeTextProblem('\uD83C\uDF4C', LINE)).toBeNull();
  });

  it('refuses text with characters but none visible', () => {
    for (const value of ['\u200B', '\u200B\u200C\u200D', ' \u200B\uFEFF ', '\u2060', '\u00AD', '\u3164', '\u2800', '\u034F']) {
      expect(freeTextProblem(value, LINE)).toBe('invisible_only');
    }
    expect(freeTextProblem('a\u200Bb', LINE)).toBeNull();
  });
});

describe('normalizeFreeText', () => {
  it('composes to NFC, and turns CR LF into line breaks in long text only', () => {
    expect(normalizeFreeText('Pe\u0301rez', LINE)).toBe('Pérez');
    expect(normalizeFreeText('one\r\ntwo', LONG)).toBe('one\ntwo');
    expect(normalizeFreeText('one\r\ntwo', LINE)).toBe('one\r\ntwo');
  });
});
