import { describe, expect, it } from 'vitest';
import { AGREEMENT_IDS, type AgreementId } from '../../domain/agreements';
import { isEventMatch, matchNth, matchTypes, type EventMatch, type RuleTrack } from '../ruleTypes';
import { ALL_RULES, findRule, rulesFor } from './registry';

// Citation prefix and chapter of each track, per domain-facts §1: CAFTA-DR
// Ch. 20 / 16 / 17; the TPAs Ch. 21 / 17 / 18.
const CITATION: Readonly<Record<AgreementId, string>> = {
  'cafta-dr': 'CAFTA-DR Art. ',
  'us-colombia-tpa': 'US–Colombia TPA Art. ',
  'us-peru-tpa': 'US–Peru TPA Art. ',
};
const CHAPTER: Readonly<Record<AgreementId, Readonly<Record<RuleTrack, number>>>> = {
  'cafta-dr': { dispute: 20, labor: 16, environment: 17, submission: 17 },
  'us-colombia-tpa': { dispute: 21, labor: 17, environment: 18, submission: 18 },
  'us-peru-tpa': { dispute: 21, labor: 17, environment: 18, submission: 18 },
};

describe('rule registry', () => {
  it.each(ALL_RULES.map((rule) => [rule.id, rule] as const))('%s cites its own agreement and chapter', (_id, rule) => {
    const citations = [rule.article, ...(rule.perishable.mode === 'replaces' ? [rule.perishable.article] : [])];
    for (const citation of citations) {
      expect(citation.startsWith(CITATION[rule.agreement])).toBe(true);
      const paragraph = citation.slice(CITATION[rule.agreement].length);
      expect(paragraph).toMatch(new RegExp(`^${CHAPTER[rule.agreement][rule.track]}\\.\\d+\\.\\d+(\\([a-z]\\))?$`));
    }
  });

  it('gives every rule a unique id that starts with its agreement', () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ALL_RULES) expect(rule.id.startsWith(`${rule.agreement}.`)).toBe(true);
  });

  it('has the same steps for both TPAs, and CAFTA-DR its own extra ones', () => {
    const steps = (agreement: AgreementId): string[] => rulesFor(agreement).map((rule) => rule.id.slice(agreement.length + 1));
    expect(steps('us-colombia-tpa')).toEqual(steps('us-peru-tpa'));
    const extra = steps('cafta-dr').filter((step) => !steps('us-peru-tpa').includes(step));
    expect(extra.sort()).toEqual([
      'consultations-perishable',
      'enforcement-assessment',
      'enforcement-assessment-amount',
      'enforcement-assessment-installments',
      'initial-report-outer',
      'join-as-complainant',
      'panelist-challenge',
      'report-delay-notice',
      'third-party-consultations',
    ]);
  });

  it('leaves out the third-Party windows of the two-Party TPAs (Art. 21.4.3, 21.6.3; domain-facts §5b)', () => {
    for (const agreement of ['us-colombia-tpa', 'us-peru-tpa'] as const) {
      const articles = rulesFor(agreement).map((rule) => rule.article);
      expect(articles.some((article) => / 21\.4\.3$| 21\.6\.3$/.test(article))).toBe(false);
    }
  });

  it('counts every chained rule from a rule of its own agreement declared before it', () => {
    for (const agreement of AGREEMENT_IDS) {
      const rules = rulesFor(agreement);
      rules.forEach((rule, index) => {
        const steps = [
          ...(!isEventMatch(rule.from) && 'limit' in rule.from ? [rule.from.limit] : []),
          ...(!isEventMatch(rule.from) && 'laterOf' in rule.from && rule.from.awaits !== undefined ? [rule.from.awaits.limit] : []),
          ...(rule.unverifiableAfter === null ? [] : [rule.unverifiableAfter]),
          ...rule.barredBy,
          ...rule.liftedBy,
          ...rule.alsoPermittedBy,
        ];
        for (const step of steps) {
          const base = rules.findIndex((candidate) => candidate.id === `${agreement}.${step}`);
          expect(base, `${rule.id} counts from ${step}`).toBeGreaterThanOrEqual(0);
          expect(base).toBeLessThan(index);
        }
      });
    }
  });

  it('lets the Parties agree another period only where the article says so (issue 5 §2)', () => {
    const agreeable = (agreement: AgreementId) =>
      rulesFor(agreement)
        .filter((rule) => rule.agreeable)
        .map((rule) => rule.article)
        .sort();
    expect(agreeable('cafta-dr')).toEqual(
      ['20.5.1(a)', '20.6.1(a)', '20.6.1(d)', '20.10.4', '20.13.3', '20.13.6', '20.14.1', '20.16.1'].map((p) => `CAFTA-DR Art. ${p}`).sort(),
    );
    expect(agreeable('us-peru-tpa')).toEqual(
      ['21.5.1(a)', '21.6.1(a)', '21.6.1(d)', '21.10.4', '21.13.3', '21.13.5', '21.14.1', '21.16.1'].map((p) => `US–Peru TPA Art. ${p}`).sort(),
    );
  });

  it('opens the day after the period for every "fail … within N days" step (issue 5 §1)', () => {
    const dayAfter = (agreement: AgreementId) =>
      rulesFor(agreement)
        .filter((rule) => rule.dayAfter)
        .map((rule) => rule.id.slice(agreement.length + 1))
        .sort();
    expect(dayAfter('cafta-dr')).toEqual([
      'commission-request',
      'compensation',
      'enforcement-assessment',
      'environment-to-dispute',
      'labor-to-dispute',
      'panel-request-after-commission',
      'panel-request-without-commission',
      'suspension-notice',
      'suspension-on-nonpayment',
    ]);
    expect(dayAfter('us-colombia-tpa')).toEqual(dayAfter('cafta-dr').filter((step) => step !== 'enforcement-assessment'));
  });

  it('keeps periods whole and positive, titles in both languages, windows as deadlines', () => {
    for (const rule of ALL_RULES) {
      // Only "fails to pay" opens on the day after a limit, with no period of its own (Art. 20.16.8).
      expect(Number.isInteger(rule.days) && (rule.days > 0 || rule.dayAfter)).toBe(true);
      expect(rule.title.en.length > 0 && rule.title.es.length > 0).toBe(true);
      if (rule.window) expect(rule.kind).toBe('deadline');
      const from: readonly EventMatch[] = isEventMatch(rule.from) ? [rule.from] : [];
      for (const match of [...from, ...rule.metBy]) expect(matchNth(match) ?? 1).toBeGreaterThanOrEqual(1);
      for (const match of from) {
        for (const type of matchTypes(match)) expect(rule.metBy.flatMap(matchTypes)).not.toContain(type);
      }
    }
  });

  it('finds a rule by id, and nothing for an unknown id', () => {
    for (const agreement of AGREEMENT_IDS) expect(rulesFor(agreement).length).toBeGreaterThan(0);
    expect(findRule('us-peru-tpa.panel-chair')?.article).toBe('US–Peru TPA Art. 21.9.1(c)');
    expect(findRule('cafta-dr.panel-chair')?.article).toBe('CAFTA-DR Art. 20.9.1(b)');
    expect(findRule('nope')).toBeNull();
  });
});
