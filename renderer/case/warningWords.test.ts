import { describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/history/domain';
import type { CaseEvent } from '../../shared/events/domain';
import { WARNING_CODES, type CaseWarning, type TimeLimitView } from '../../shared/domain/limits';
import { translate } from '../../shared/i18n/catalog';
import { warningDetail, warningWords } from './warningWords';

function tools(locale: Locale) {
  return { locale, t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(locale, key, params), formatDate: (date: string) => date };
}

const event = (id: string, type: CaseEvent['type'], date: string): CaseEvent => ({
  id, caseId: 'c', type, date, text: '', scheduled: false, version: 1, createdAt: '', updatedAt: '',
});
const events = [event('a', 'consultations_requested', '2026-10-01'), event('b', 'commission_meeting_requested', '2026-10-20')];
const commission: TimeLimitView = {
  rule: 'cafta-dr.commission-request',
  kind: 'opening',
  title: { en: 'A Commission meeting may be requested', es: 'Puede solicitarse una reunión de la Comisión' },
  article: 'CAFTA-DR Art. 20.5.1(a)',
  date: '2026-12-01',
  days: 60,
  from: { eventId: 'a', type: 'consultations_requested', date: '2026-10-01' },
  counting: { base: '2026-10-01', basis: 'event', baseRule: null, days: 60, dayAfter: true },
  resolution: 'premature',
  reason: 'before_opening',
  metBy: { eventId: 'b', type: 'commission_meeting_requested', date: '2026-10-20' },
  perishable: false,
  extended: false,
  agreed: null,
  agreeable: true,
  status: 'premature',
  daysLeft: 40,
};

describe('warningWords', () => {
  it('words the issue 5 example: a Commission meeting requested before the 60 days ran (Art. 20.5.1)', () => {
    const warning: CaseWarning = { code: 'premature', eventId: 'b', rule: commission.rule, article: commission.article, params: { date: '2026-12-01', reason: 'before_opening' }, message: '' };
    expect(warningWords(tools('en'), warning, { events, limits: [commission] })).toBe(
      '“Commission meeting requested” on 2026-10-20 came before the treaty allowed it: “A Commission meeting may be requested” only from 2026-12-01.',
    );
    expect(warningWords(tools('es'), warning, { events, limits: [commission] })).toBe(
      'La actuación «Solicitud de reunión de la Comisión» del 2026-10-20 se realizó antes de lo que permite el tratado: «Puede solicitarse una reunión de la Comisión» solo desde el 2026-12-01.',
    );
  });

  it('explains a panel requested without a Commission request with the rule’s own words (Art. 20.6.1)', () => {
    const warning: CaseWarning = { code: 'premature', eventId: 'p', rule: 'cafta-dr.panel-request-without-commission', params: { date: '2026-12-16', reason: 'condition_missing' }, message: '' };
    expect(warningDetail(tools('en'), warning)).toMatch(/^A panel cannot be requested until a Commission meeting has been requested/);
    const pending: CaseWarning = { code: 'condition_pending', rule: 'cafta-dr.panel-request-without-commission', params: { needs: 'commission_meeting_requested' }, message: '' };
    expect(warningWords(tools('es'), pending, { events, limits: [] })).toMatch(/^No puede solicitarse un grupo arbitral/);
  });

  it('names the missing step of an out-of-order event in the user’s language', () => {
    const warning: CaseWarning = { code: 'out_of_order', eventId: 'b', params: { type: 'panel_composed', date: '2026-10-20', needs: 'panel_requested' }, message: '' };
    expect(warningWords(tools('en'), warning, { events, limits: [] })).toBe('“Panel composed (last panelist selected)” (2026-10-20) is dated before “Arbitral panel requested”. Check the dates.');
  });

  it('words every code in both languages without leaving a placeholder', () => {
    for (const code of WARNING_CODES)
      for (const locale of ['en', 'es'] as const) {
        const warning: CaseWarning = { code, eventId: 'b', rule: commission.rule, params: { type: 'note', date: '2026-10-20', needs: 'panel_requested', reason: 'x' }, message: '' };
        const text = warningWords(tools(locale), warning, { events, limits: [commission] });
        expect(text, `${code} ${locale}`).not.toMatch(/\{\w+\}/);
        expect(text.length, `${code} ${locale}`).toBeGreaterThan(20);
      }
  });
});
