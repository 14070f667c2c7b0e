import { describe, expect, it } from 'vitest';
import { casesCreateInput } from '../../shared/cases/schemas';
import { eventsAddInput } from '../../shared/events/schemas';
import { isCalendarDate } from '../../shared/domain/dates';
import { SAMPLE_CASEBOOK, sampleCaseInput, type SampleCase } from './casebook';

const sampleEventInput = eventsAddInput.omit({ caseId: true });

function find(title: string): SampleCase | undefined {
  return SAMPLE_CASEBOOK.find((sample) => sample.case.title.startsWith(title));
}

describe('SAMPLE_CASEBOOK', () => {
  it.each(SAMPLE_CASEBOOK.map((sample) => [sample.case.title, sample] as const))(
    '%s: the case passes the cases.create schema, in either language',
    (_title, sample) => {
      for (const locale of ['en', 'es'] as const) {
        const parsed = casesCreateInput.safeParse(sampleCaseInput(sample, locale));
        expect(parsed.error?.issues ?? []).toEqual([]);
      }
    },
  );

  it.each(SAMPLE_CASEBOOK.map((sample) => [sample.case.title, sample] as const))(
    '%s: events are valid, dated, sourced and in date order from openedOn',
    (_title, sample) => {
      expect(sample.events.length).toBeGreaterThan(0);
      expect(sample.events[0]?.date).toBe(sample.case.openedOn);
      let previous = '';
      for (const event of sample.events) {
        expect(isCalendarDate(event.date), event.date).toBe(true);
        const parsed = sampleEventInput.safeParse(event);
        expect(parsed.error?.issues ?? [], event.date).toEqual([]);
        expect(event.date >= previous, `${event.date} after ${previous}`).toBe(true);
        expect(event.text, event.date).toMatch(/Sources?: \S/);
        previous = event.date;
      }
    },
  );

  it('invents no people and writes every summary in English and Spanish', () => {
    for (const sample of SAMPLE_CASEBOOK) {
      expect(sample.case.leadOfficer ?? '').toBe('');
      expect(sample.summary.en.length).toBeGreaterThan(100);
      expect(sample.summary.es.length).toBeGreaterThan(100);
      expect(sample.summary.es.split('\n\n')).toHaveLength(sample.summary.en.split('\n\n').length);
    }
  });

  it.each(SAMPLE_CASEBOOK.map((sample) => [sample.case.title, sample] as const))(
    '%s: the Spanish summary carries the same figures as the English one, no more and no fewer',
    (_title, sample) => {
      // Articles, counts, days, years, decree numbers: a cheap guard that the translation adds or drops no fact.
      const figures = (text: string) => (text.match(/\d+(?:\.\d+)*/g) ?? []).sort();
      const paragraphs = (text: string) => text.split('\n\n');
      paragraphs(sample.summary.en).forEach((english, index) => {
        expect(figures(paragraphs(sample.summary.es)[index] ?? ''), english).toEqual(figures(english));
      });
    },
  );

  it('writes dates in words for a reader, never YYYY-MM-DD, in summaries, measures and event notes', () => {
    for (const sample of SAMPLE_CASEBOOK) {
      const texts = [sample.summary.en, sample.summary.es, sample.case.measure ?? '', ...sample.events.map((event) => event.text)];
      for (const text of texts) expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  it('holds the four required public matters with their key steps', () => {
    const guatemala = find('In the Matter of Guatemala');
    expect(guatemala?.case).toMatchObject({ agreement: 'cafta-dr', kind: 'dispute', complainant: 'USA', respondent: 'GTM', status: 'closed' });
    expect(guatemala?.events.map((e) => [e.date, e.type])).toEqual(
      expect.arrayContaining([
        ['2010-07-30', 'labor_consultations_requested'],
        ['2011-05-16', 'commission_meeting_requested'],
        ['2011-08-09', 'panel_requested'],
        ['2017-06-14', 'final_report_issued'],
      ]),
    );

    const costaRica = find('Tratamiento arancelario a bienes originarios de Costa Rica');
    expect(costaRica?.case).toMatchObject({ agreement: 'cafta-dr', kind: 'dispute', complainant: 'CRI', respondent: 'SLV' });
    expect(costaRica?.case.title).toContain('CAFTA-DR/ARB/2014/CR-ES');
    expect(costaRica?.events.map((e) => [e.date, e.type])).toContainEqual(['2014-11-18', 'final_report_issued']);

    const peru = SAMPLE_CASEBOOK.find((s) => s.case.agreement === 'us-peru-tpa' && s.case.kind === 'environment_consultation');
    expect(peru?.case).toMatchObject({ complainant: 'USA', respondent: 'PER', status: 'resolved' });
    expect(peru?.events.map((e) => [e.date, e.type])).toEqual(
      expect.arrayContaining([
        ['2019-01-04', 'environment_consultations_requested'],
        ['2019-02-21', 'environment_council_convened'],
        ['2019-04-09', 'resolution_agreed'],
      ]),
    );

    const colombia = find('DOL Submission 2016-02 (Colombia)');
    expect(colombia?.case).toMatchObject({ agreement: 'us-colombia-tpa', respondent: 'COL' });
    expect(colombia?.events.map((e) => e.date)).toEqual(
      expect.arrayContaining(['2016-05-16', '2016-07-15', '2017-01-11', '2018-08-02']),
    );
  });

  it('holds environment submissions with their submitters and no complaining Party (Art. 17.7 / 18.8)', () => {
    const submissions = SAMPLE_CASEBOOK.filter((sample) => sample.case.kind === 'environment_submission');
    expect(submissions.map((sample) => [sample.case.agreement, sample.case.submitter, sample.case.respondent])).toEqual([
      ['cafta-dr', 'Humane Society International', 'DOM'],
      ['cafta-dr', 'PRETOMA', 'CRI'],
      ['us-peru-tpa', 'Comité Interinstitucional… Laguna Alto Perú', 'PER'],
    ]);
    for (const sample of submissions) expect(sample.case.complainant ?? null).toBeNull();
    const pretoma = find('Sea Turtle – DET II');
    expect(pretoma?.events.map((e) => [e.date, e.type])).toEqual(
      expect.arrayContaining([
        ['2011-07-13', 'submission_filed'],
        ['2012-02-22', 'secretariat_response_requested'],
        ['2012-03-28', 'party_response_delivered'],
      ]),
    );
  });

  it('records what the panels found, so the remedy rules follow the findings', () => {
    expect(find('In the Matter of Guatemala')?.case.claims).toEqual([{ provision: '16.2.1(a)', finding: 'conformity' }]);
    expect(find('Tratamiento arancelario')?.case.claims?.every((claim) => claim.finding === 'non_conformity')).toBe(true);
  });

  it('gives no date more precision than the record: month-only steps stay out of the events', () => {
    // Spot checks against domain-facts §8: these steps are known only by month.
    const guatemala = find('In the Matter of Guatemala');
    expect(guatemala?.events.some((e) => e.date.startsWith('2011-06'))).toBe(false);
    expect(guatemala?.summary.en).toContain('June 2011');
    expect(guatemala?.summary.es).toContain('junio de 2011');
    const costaRica = find('Tratamiento arancelario');
    expect(costaRica?.events.some((e) => e.date < '2014-09-12')).toBe(false);
    expect(costaRica?.summary.en).toContain('April 2014');
    expect(costaRica?.summary.es).toContain('abril de 2014');
  });
});
