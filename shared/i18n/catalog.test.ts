import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../events/domain';
import { CATALOGS, isMessageKey } from './catalog';
import { eventHelpMessages } from './messages/eventHelp';

const catalogs = CATALOGS;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogs', () => {
  it('share no key (the catalog spread would silently keep only one)', () => {
    const seen = new Map<string, string>();
    for (const [name, catalog] of Object.entries(catalogs))
      for (const key of Object.keys(catalog)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
  });

  it('use the same placeholders in English and Spanish, and no empty text', () => {
    for (const catalog of Object.values(catalogs))
      for (const [key, { en, es }] of Object.entries(catalog)) {
        expect({ key, es: placeholders(es) }).toEqual({ key, es: placeholders(en) });
        expect(en.trim(), key).not.toBe('');
        expect(es.trim(), key).not.toBe('');
      }
  });

  it('say for every event type which date to enter, and from delivery where a request or notice starts a period (issue 5 §1)', () => {
    for (const type of EVENT_TYPES) expect(isMessageKey(`eventHelp.${type}`), type).toBe(true);
    for (const type of ['consultations_requested', 'commission_meeting_requested', 'panel_requested', 'labor_consultations_requested', 'environment_consultations_requested', 'secretariat_response_requested', 'suspension_notified', 'monetary_assessment_notified', 'assessment_payment_demanded', 'compliance_review_requested'] as const) {
      expect(eventHelpMessages[`eventHelp.${type}`].en, type).toMatch(/delivered/);
      expect(eventHelpMessages[`eventHelp.${type}`].es, type).toMatch(/entreg/);
    }
    expect(eventHelpMessages['eventHelp.panel_composed'].en).toBe('Date the last panelist was selected.');
  });
});
