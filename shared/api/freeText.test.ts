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

  it('refuses line and paragraph separators in a single line, as a line feed', () => {
    expect(freeTextProblem('Ana\u2028Pérez', LINE)).toBe('control_character');
    expect(freeTextProblem('Ana\u2029Pérez', LINE)).toBe('control_character');
  });

  it('refuses annotation marks, the object replacement character and every noncharacter', () => {
    const notText = [0xfff9, 0xfffa, 0xfffb, 0xfffc, 0xfffe, 0xffff, 0xfdd0, 0xfdef, 0x1fffe, 0x1ffff, 0x10fffe, 0x10ffff];
    for (const code of notText) expect(freeTextProblem(`Dairy ${String.fromCodePoint(code)} permits`, LONG)).toBe('not_text');
    // Their neighbours are ordinary text: U+FFFD (the replacement character), U+FDCF, U+FDF0, U+1FFFD.
    for (const code of [0xfffd, 0xfdcf, 0xfdf0, 0x1fffd]) expect(freeTextProblem(`Dairy ${String.fromCodePoint(code)}`, LINE)).toBeNull();
  });

  it('refuses a combining mark with no letter before it, and accepts one on its letter', () => {
    expect(freeTextProblem('\u0301', LINE)).toBe('starts_with_mark');
    expect(freeTextProblem('\u0301Pérez', LINE)).toBe('starts_with_mark');
    expect(freeTextProblem('  \u0308a', LONG)).toBe('starts_with_mark');
    expect(freeTextProblem('Pe\u0301rez', LINE)).toBeNull();
    expect(freeTextProblem('\u0915\u093F', LINE)).toBeNull(); // Devanagari "ki": the vowel sign follows its consonant
  });
});

describe('normalizeFreeText', () => {
  it('composes to NFC, and turns CR LF into line breaks in long text only', () => {
    expect(normalizeFreeText('Pe\u0301rez', LINE)).toBe('Pérez');
    expect(normalizeFreeText('one\r\ntwo', LONG)).toBe('one\ntwo');
    expect(normalizeFreeText('one\r\ntwo', LINE)).toBe('one\r\ntwo');
    expect(normalizeFreeText('one\u2028two\u2029three', LONG)).toBe('one\ntwo\nthree');
  });

  it('makes text of nothing but spaces empty, no-break spaces and line breaks included', () => {
    for (const value of ['   ', '\u00A0\u00A0', ' \u00A0 \u3000', '\n\t\n', '\u2028']) {
      expect(normalizeFreeText(value, LINE)).toBe('');
      expect(normalizeFreeText(value, LONG)).toBe('');
    }
    expect(normalizeFreeText('\u00A0a\u00A0', LINE)).toBe('\u00A0a\u00A0');
  });
});
