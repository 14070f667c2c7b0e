import { describe, expect, it } from 'vitest';
import { ERROR_REASONS, FIELD_ERROR_CODES, type ApiError } from '../../shared/api/errors';
import { translate, type MessageKey } from '../../shared/i18n/catalog';
import { apiErrorText, fieldErrorText, fieldOf, groupFieldErrors, indexOf } from './apiErrors';

const tools = (locale: 'en' | 'es') => ({
  t: (key: MessageKey, params?: Readonly<Record<string, string | number>>) => translate(locale, key, params),
  formatDate: (iso: string) => `<${iso}>`,
});

describe('API errors in both languages', () => {
  it('has a message for every field code and every reason, different in Spanish, with no placeholder left', () => {
    for (const code of FIELD_ERROR_CODES) {
      const error = { code, params: { max: 3, min: 1, from: '1900-01-01', to: '2999-12-31' }, message: '' };
      const en = fieldErrorText(error, tools('en'));
      const es = fieldErrorText(error, tools('es'));
      expect(en, code).not.toMatch(/\{|apiError/);
      expect(es, code).not.toBe(en);
    }
    for (const reason of ERROR_REASONS) {
      const error: ApiError = { code: 'internal', reason, params: { method: '"x"', reference: 'CAFTA-2026-001', version: 3, yourVersion: 2, what: '/media/usb/copy.sqlite', folder: '/media/usb', supported: 110 }, message: '' };
      expect(apiErrorText(error, tools('en')), reason).not.toMatch(/\{|apiError/);
      expect(apiErrorText(error, tools('es')), reason).not.toBe(apiErrorText(error, tools('en')));
    }
  });

  it('shows dates in parameters in the UI format', () => {
    const error = { code: 'date_range', params: { from: '1900-01-01', to: '2999-12-31' }, message: '' } as const;
    expect(fieldErrorText(error, tools('es'))).toBe('Indique una fecha entre <1900-01-01> y <2999-12-31>.');
    expect(fieldErrorText({ code: 'too_long', params: { max: 300 }, message: '' }, tools('es'))).toBe('Como máximo 300 caracteres.');
  });

  it('maps list items to their field', () => {
    expect(fieldOf('hsCodes.1')).toBe('hsCodes');
    expect(indexOf('hsCodes.1')).toBe(1);
    expect(indexOf('title')).toBeNull();
    const a = { code: 'hs_code', message: 'a' } as const;
    const b = { code: 'required', message: 'b' } as const;
    expect([...groupFieldErrors({ 'hsCodes.0': a, title: b, 'hsCodes.2': a }).entries()]).toEqual([
      ['hsCodes', [{ path: 'hsCodes.0', error: a }, { path: 'hsCodes.2', error: a }]],
      ['title', [{ path: 'title', error: b }]],
    ]);
  });
});
