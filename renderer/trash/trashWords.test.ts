import { describe, expect, it } from 'vitest';
import type { Locale } from '../../shared/history/domain';
import { translate } from '../../shared/i18n/catalog';
import type { TrashItem } from '../../shared/trash/api';
import { calendarDateFormatter } from '../i18n/dates';
import { UNKNOWN_ACTOR } from '../../shared/history/domain';
import { caseRemovedWords, eventRemovedWords, itemWords, meetingRemovedWords, removedByName, restoredLink, type WordTools } from './trashWords';

function tools(locale: Locale): WordTools {
  return { t: (key, params) => translate(locale, key, params), formatDate: calendarDateFormatter(locale), locale };
}

const removedCase: TrashItem = {
  type: 'case',
  id: 'c1',
  removedAt: '2026-12-03T09:00:00.000Z',
  removedBy: 'Ana Pérez',
  caseId: 'c1',
  reference: 'CAFTA-DR-2026-001',
  title: 'Sugar quota',
  caseRemoved: true,
};
const removedEvent: TrashItem = { ...removedCase, type: 'event', id: 'e1', eventType: 'consultations_requested', eventDate: '2026-03-03', caseRemoved: false };
const removedMeeting: TrashItem = {
  type: 'meeting',
  id: 'm1',
  removedAt: '2026-12-03T09:00:00.000Z',
  removedBy: 'Ana Pérez',
  agreement: 'us-peru-tpa',
  body: 'ftc',
  number: 6,
  startsOn: '2024-02-15',
  caseRemoved: false,
};

describe('a removed case', () => {
  it('is named by its reference and title, and its Restore button says which case', () => {
    expect(itemWords(tools('en'), removedCase)).toEqual({
      kind: 'Case',
      name: 'CAFTA-DR-2026-001',
      detail: 'Sugar quota',
      restoreLabel: 'Restore case CAFTA-DR-2026-001',
      restored: 'Case CAFTA-DR-2026-001 restored.',
    });
    expect(itemWords(tools('es'), removedCase)).toMatchObject({ kind: 'Caso', restoreLabel: 'Restaurar el caso CAFTA-DR-2026-001', restored: 'Caso CAFTA-DR-2026-001 restaurado.' });
  });

  it('is offered back in the Undo notice in both languages', () => {
    expect(caseRemovedWords(tools('en'), 'CAFTA-DR-2026-001')).toEqual({ said: 'Case CAFTA-DR-2026-001 moved to the Trash.', undone: 'Case CAFTA-DR-2026-001 restored.' });
    expect(caseRemovedWords(tools('es'), 'CAFTA-DR-2026-001').said).toBe('El caso CAFTA-DR-2026-001 se movió a la papelera.');
  });
});

describe('a removed event', () => {
  it('is named by its type and date in the UI language, under the case it belongs to', () => {
    expect(itemWords(tools('en'), removedEvent)).toEqual({
      kind: 'Event',
      name: 'Consultations requested, 3 Mar 2026',
      detail: 'in case CAFTA-DR-2026-001: Sugar quota',
      restoreLabel: 'Restore “Consultations requested” of 3 Mar 2026, case CAFTA-DR-2026-001',
      restored: '“Consultations requested” of 3 Mar 2026 restored to case CAFTA-DR-2026-001.',
    });
    const es = itemWords(tools('es'), removedEvent);
    expect(es.kind).toBe('Actuación');
    expect(es.detail).toBe('del caso CAFTA-DR-2026-001: Sugar quota');
    expect(es.name).toMatch(/, 3 mar 2026$/);
  });

  it('is offered back in the Undo notice', () => {
    const words = eventRemovedWords(tools('en'), { type: 'consultations_requested', date: '2026-03-03' });
    expect(words).toEqual({ said: '“Consultations requested” of 3 Mar 2026 moved to the Trash.', undone: '“Consultations requested” of 3 Mar 2026 restored.' });
    expect(eventRemovedWords(tools('es'), { type: 'consultations_requested', date: '2026-03-03' }).said).toMatch(/^La actuación «.+» del 3 mar 2026 se movió a la papelera\.$/);
  });
});

describe('a removed meeting', () => {
  it('is named by its body, number and first day, and restored with what it holds', () => {
    expect(itemWords(tools('en'), removedMeeting)).toEqual({
      kind: 'Meeting',
      name: 'Meeting No. 6 of the Free Trade Commission',
      detail: 'US–Peru TPA, 15 Feb 2024',
      restoreLabel: 'Restore “Meeting No. 6 of the Free Trade Commission” of 15 Feb 2024',
      restored: '“Meeting No. 6 of the Free Trade Commission” of 15 Feb 2024 restored, with its attendees, agenda, decisions and action items.',
    });
    expect(itemWords(tools('es'), removedMeeting)).toMatchObject({ kind: 'Reunión', name: 'Comisión de Libre Comercio: reunión N.º 6', detail: 'APC Perú–EE. UU., 15 feb 2024' });
    expect(itemWords(tools('en'), { ...removedMeeting, number: null }).name).toBe('Free Trade Commission');
  });

  it('is said moved to the Trash in the Undo notice, and back with what it holds', () => {
    expect(meetingRemovedWords(tools('en'), removedMeeting)).toEqual({
      said: '“Meeting No. 6 of the Free Trade Commission” of 15 Feb 2024 moved to the Trash.',
      undone: '“Meeting No. 6 of the Free Trade Commission” of 15 Feb 2024 restored, with its attendees, agenda, decisions and action items.',
    });
    expect(meetingRemovedWords(tools('es'), removedMeeting).said).toBe('«Comisión de Libre Comercio: reunión N.º 6» del 15 feb 2024 se movió a la papelera.');
  });

  it('links to its own page once restored, as a case or event links to its case', () => {
    expect(restoredLink(tools('en'), removedMeeting)).toEqual({ href: '#/meetings/m1', text: 'Open the meeting' });
    expect(restoredLink(tools('es'), removedEvent)).toEqual({ href: '#/cases/c1', text: 'Abrir el caso CAFTA-DR-2026-001' });
  });
});

describe('who removed it', () => {
  it('is the name given in Settings, or an unknown user in the UI language', () => {
    expect(removedByName(tools('en'), 'Ana Pérez')).toBe('Ana Pérez');
    expect(removedByName(tools('en'), UNKNOWN_ACTOR)).toBe('Unknown user');
    expect(removedByName(tools('es'), '')).toBe('Usuario desconocido');
  });
});
