import { describe, expect, it } from 'vitest';
import { AGREEMENT_IDS } from '../domain/agreements';
import { convenedArticle } from './convenedArticle';

describe('convenedArticle', () => {
  it('cites each agreement’s own article for the Commission’s good offices (CAFTA-DR Art. 20.5; TPA Art. 21.5)', () => {
    expect(convenedArticle('cafta-dr')).toBe('CAFTA-DR Art. 20.5');
    expect(convenedArticle('us-colombia-tpa')).toBe('US–Colombia TPA Art. 21.5');
    expect(convenedArticle('us-peru-tpa')).toBe('US–Peru TPA Art. 21.5');
  });

  it('finds the article for every agreement', () => {
    for (const agreement of AGREEMENT_IDS) expect(convenedArticle(agreement)).toMatch(/ Art\. \d+\.5$/);
  });
});
