import { describe, expect, it } from 'vitest';
import { AGREEMENT_IDS, type AgreementId } from '../../domain/agreements';
import { matchNth, matchType, type RuleTrack } from '../ruleTypes';
import { ALL_RULES, findRule, rulesFor } from './registry';

// Citation prefix and chapter of each track, per domain-facts §1: CAFTA-DR
// Ch. 20 / 16 / 17; the TPAs Ch. 21 / 17 / 18.
const CITATION: Readonly<Record<AgreementId, string>> = {
  'cafta-dr': 'CAFTA-DR Art. ',
  'us-colombia-tpa': 'US–Colombia TPA Art. ',
  'us-peru-tpa': 'US–Peru TPA Art. ',
};
const CHAPTER: Readonly<Record<AgreementId, Readonly<Record<RuleTrack, number>>>> = {
  'cafta-dr': { dispute: 20, labor: 16, environment: 17 },
  'us-colombia-tpa': { dispute: 21, labor: 17, environment: 18 },
  'us-peru-tpa': { dispute: 21, labor: 17, environment: 18 },
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
    expect(extra.sort()).toEqual(['consultations-perishable', 'enforcement-assessment', 'initial-report-outer']);
  });

  it('keeps periods whole and positive, titles in both languages, windows as deadlines', () => {
    for (const rule of ALL_RULES) {
      expect(Number.isInteger(rule.days) && rule.days > 0).toBe(true);
      expect(rule.title.en.length > 0 && rule.title.es.length > 0).toBe(true);
      if (rule.window) expect(rule.kind).toBe('deadline');
      for (const match of [rule.from, ...rule.metBy]) expect(matchNth(match) ?? 1).toBeGreaterThanOrEqual(1);
      expect(rule.metBy.map(matchType)).not.toContain(matchType(rule.from));
    }
  });

  it('finds a rule by id, and nothing for an unknown id', () => {
    for (const agreement of AGREEMENT_IDS) expect(rulesFor(agreement).length).toBeGreaterThan(0);
    expect(findRule('us-peru-tpa.panel-chair')?.article).toBe('US–Peru TPA Art. 21.9.1(c)');
    expect(findRule('cafta-dr.panel-chair')?.article).toBe('CAFTA-DR Art. 20.9.1(b)');
    expect(findRule('nope')).toBeNull();
  });
});
