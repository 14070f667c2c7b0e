import { describe, expect, it } from 'vitest';
import { UNKNOWN_ACTOR, type AuditEntry, type Locale } from '../../shared/history/domain';
import { translate } from '../../shared/i18n/catalog';
import { actorName, entryChanges, entryHeadline, entryNote, type WordTools } from './entryWords';

function tools(locale: Locale): WordTools {
  const dates = new Intl.DateTimeFormat(locale === 'es' ? 'es' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return { locale, t: (key, params) => translate(locale, key, params), formatDate: (iso) => dates.format(new Date(`${iso}T00:00:00Z`)) };
}

function entry(fields: Partial<AuditEntry> & Pick<AuditEntry, 'subject' | 'action'>): AuditEntry {
  return { id: 1, at: '2026-12-03T09:00:00.000Z', actor: 'Ana Pérez', account: 'ana', device: 'desk-1', deviceId: '', parent: null, before: null, after: null, ...fields };
}

const settings = { type: 'settings', id: 'settings' } as const;

describe('a settings change', () => {
  it('says when the name recorded in the history was given or changed, in both languages', () => {
    const given = entry({ subject: settings, action: 'update', before: { userName: null, locale: null }, after: { userName: 'Ana Pérez', locale: null } });
    expect(entryHeadline(tools('en'), given)).toBe('Gave the name recorded in the history');
    expect(entryHeadline(tools('es'), given)).toBe('Indicó el nombre que figura en el historial');
    const changed = entry({ subject: settings, action: 'update', before: { userName: 'Ana Pérez', locale: 'en' }, after: { userName: 'Minister of Trade', locale: 'en' } });
    expect(entryHeadline(tools('en'), changed)).toBe('Changed the name recorded in the history');
    expect(entryHeadline(tools('es'), changed)).toBe('Cambió el nombre que figura en el historial');
    expect(entryChanges(tools('en'), changed)).toEqual([{ field: 'userName', label: 'Name', kind: 'changed', before: 'Ana Pérez', after: 'Minister of Trade' }]);
  });

  it('reads as the Settings screen words it, with the language by its name', () => {
    const change = entry({ subject: settings, action: 'update', before: { userName: 'Ana Pérez', locale: 'en' }, after: { userName: 'Ana Pérez', locale: 'es' } });
    expect(entryHeadline(tools('en'), change)).toBe('Changed the settings');
    expect(entryChanges(tools('en'), change)).toEqual([{ field: 'locale', label: 'Language', kind: 'changed', before: 'English', after: 'Español' }]);
    expect(entryHeadline(tools('es'), change)).toBe('Modificó la configuración');
    expect(entryChanges(tools('es'), change)).toEqual([{ field: 'locale', label: 'Idioma', kind: 'changed', before: 'English', after: 'Español' }]);
  });

  it('shows a first name as given where there was none, and a first language chosen where the computer’s was followed', () => {
    const named = entry({ subject: settings, action: 'update', before: { userName: null, locale: null }, after: { userName: 'Ana Pérez', locale: null } });
    expect(entryChanges(tools('en'), named)).toEqual([{ field: 'userName', label: 'Name', kind: 'changed', before: '—', after: 'Ana Pérez' }]);
    const chosen = entry({ subject: settings, action: 'update', before: { userName: 'Ana Pérez', locale: null }, after: { userName: 'Ana Pérez', locale: 'es' } });
    expect(entryChanges(tools('es'), chosen)).toEqual([
      { field: 'locale', label: 'Idioma', kind: 'changed', before: 'sin elegir (el de la computadora)', after: 'Español' },
    ]);
  });
});

describe('case and event entries', () => {
  it('name the event with its date, and list changed fields with their labels and vocabulary', () => {
    const event = { id: 'e1', caseId: 'c1', type: 'consultations_requested', date: '2026-03-03', text: 'Delivered by note', scheduled: false };
    const created = entry({ subject: { type: 'event', id: 'e1' }, parent: { type: 'case', id: 'c1' }, action: 'create', after: event });
    expect(entryHeadline(tools('en'), created)).toBe('Recorded the event Consultations requested (3 Mar 2026)');
    expect(entryHeadline(tools('es'), created)).toBe('Registró la actuación Solicitud de consultas (3 mar 2026)');
    expect(entryChanges(tools('en'), created)).toEqual([]);
    expect(entryNote(created)).toBe('Delivered by note');

    const corrected = entry({ subject: { type: 'event', id: 'e1' }, action: 'update', before: event, after: { ...event, date: '2026-03-04', version: 2 } });
    expect(entryChanges(tools('en'), corrected)).toEqual([{ field: 'date', label: 'Date', kind: 'changed', before: '3 Mar 2026', after: '4 Mar 2026' }]);
    expect(entryNote(corrected)).toBeNull();

    // Back from the Trash: the write path records only the event as restored.
    const restored = entry({ subject: { type: 'event', id: 'e1' }, parent: { type: 'case', id: 'c1' }, action: 'restore', after: event });
    expect(entryHeadline(tools('en'), restored)).toBe('Restored the event Consultations requested (3 Mar 2026) from the Trash');
    expect(entryHeadline(tools('es'), restored)).toBe('Restauró la actuación Solicitud de consultas (3 mar 2026) desde la papelera');

    const closed = entry({ subject: { type: 'case', id: 'c1' }, action: 'update', before: { status: 'open', perishable: false }, after: { status: 'closed', perishable: true } });
    expect(entryChanges(tools('es'), closed).map(({ label, ...rest }) => [label, rest.kind === 'changed' ? `${rest.before} → ${rest.after}` : ''])).toEqual([
      ['Estado', 'Abierto → Cerrado'],
      ['Mercancías perecederas', 'No → Sí'],
    ]);
  });

  it('list what was agreed for an agreed period, even on its creation', () => {
    const agreed = entry({
      subject: { type: 'limit_agreement', id: 'c1:cafta-dr.commission-request' },
      parent: { type: 'case', id: 'c1' },
      action: 'create',
      after: { caseId: 'c1', rule: 'cafta-dr.commission-request', days: 90, note: '' },
    });
    expect(entryHeadline(tools('en'), agreed)).toMatch(/^Recorded a period agreed by the Parties for “.+”$/);
    expect(entryChanges(tools('en'), agreed)).toEqual([{ field: 'days', label: 'Agreed number of days', kind: 'value', value: '90 days' }]);
  });
});

describe('actorName', () => {
  it('says who in the UI language when no name had been given', () => {
    expect(actorName(tools('es'), UNKNOWN_ACTOR)).toBe('Usuario desconocido');
    expect(actorName(tools('en'), 'Ana Pérez')).toBe('Ana Pérez');
  });
});
