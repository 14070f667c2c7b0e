import { describe, expect, it } from 'vitest';
import { AGREEMENT_IDS, AGREEMENT_PARTIES, type AgreementId } from '../domain/agreements';
import { isCalendarDate } from '../domain/dates';
import { AGREEMENTS, agreementInfo } from './agreements';

// domain-facts §3: bodies each agreement must list.
const REQUIRED_BODIES: Readonly<Record<AgreementId, readonly string[]>> = {
  'cafta-dr': [
    'ftc',
    'fta-coordinators',
    'tcb-committee',
    'goods-committee',
    'agricultural-trade-committee',
    'agriculture-review-commission',
    'sps-committee',
    'tbt-committee',
    'financial-services-committee',
    'labor-affairs-council',
    'environmental-affairs-council',
    'environment-submissions-secretariat',
    'roster',
    'labor-roster',
    'environmental-roster',
  ],
  'us-colombia-tpa': [
    'ftc',
    'fta-coordinators',
    'tcb-committee',
    'goods-committee',
    'agricultural-trade-committee',
    'textile-committee',
    'sps-committee',
    'tbt-committee',
    'procurement-committee',
    'financial-services-committee',
    'competition-working-group',
    'labor-affairs-council',
    'environmental-affairs-council',
    'environment-submissions-secretariat',
    'roster',
  ],
  'us-peru-tpa': [
    'ftc',
    'fta-coordinators',
    'tcb-committee',
    'goods-committee',
    'agricultural-trade-committee',
    'textile-committee',
    'sps-committee',
    'tbt-committee',
    'procurement-committee',
    'financial-services-committee',
    'competition-working-group',
    'labor-affairs-council',
    'environmental-affairs-council',
    'environment-submissions-secretariat',
    'roster',
    'forest-sub-committee',
  ],
};

/** Chapter number of "Art. 19.4.8" or "Art. 16.5; Annex 16.5". */
function chapterOf(article: string): string | undefined {
  return /^Art\. (\d+)\./.exec(article)?.[1];
}

function bodyArticle(id: AgreementId, bodyId: string): string | null | undefined {
  return agreementInfo(id).bodies.find((b) => b.id === bodyId)?.article;
}

describe('AGREEMENTS', () => {
  it('lists the contract agreements once each, in contract order', () => {
    expect(AGREEMENTS.map((a) => a.id)).toEqual([...AGREEMENT_IDS]);
    for (const id of AGREEMENT_IDS) expect(agreementInfo(id).id).toBe(id);
  });

  it.each(AGREEMENT_IDS)('%s: parties equal AGREEMENT_PARTIES', (id) => {
    expect(agreementInfo(id).parties.map((p) => p.code)).toEqual([...AGREEMENT_PARTIES[id]]);
  });

  it.each(AGREEMENT_IDS)('%s: dates are real calendar dates and entry into force follows signature', (id) => {
    const info = agreementInfo(id);
    expect(isCalendarDate(info.signedOn)).toBe(true);
    for (const party of info.parties) {
      if (party.entryIntoForce === null) {
        // A missing date must be explained to the reader.
        expect(party.note?.en).toBeTruthy();
        expect(party.note?.es).toBeTruthy();
        continue;
      }
      expect(isCalendarDate(party.entryIntoForce)).toBe(true);
      expect(party.entryIntoForce > info.signedOn).toBe(true);
    }
  });

  it('records the facts the procedure depends on (domain-facts §1–§2)', () => {
    expect(agreementInfo('us-peru-tpa').parties.every((p) => p.entryIntoForce === '2009-02-01')).toBe(true);
    expect(agreementInfo('us-colombia-tpa').parties.every((p) => p.entryIntoForce === '2012-05-15')).toBe(true);
    const cafta = Object.fromEntries(agreementInfo('cafta-dr').parties.map((p) => [p.code, p.entryIntoForce]));
    expect(cafta).toEqual({
      USA: null,
      SLV: '2006-03-01',
      HND: '2006-04-01',
      NIC: '2006-04-01',
      GTM: '2006-07-01',
      DOM: '2007-03-01',
      CRI: '2009-01-01',
    });
    expect(AGREEMENTS.map((a) => a.referencePrefix)).toEqual(['CAFTA-DR', 'CTPA', 'PTPA']);
  });

  it.each(AGREEMENT_IDS)('%s: names are bilingual', (id) => {
    const info = agreementInfo(id);
    for (const name of [info.name, info.shortName]) {
      expect(name.en.trim()).not.toBe('');
      expect(name.es.trim()).not.toBe('');
    }
  });

  it.each(AGREEMENT_IDS)('%s: every body is bilingual, uniquely identified and honest about verification', (id) => {
    const bodies = agreementInfo(id).bodies;
    expect(new Set(bodies.map((b) => b.id)).size).toBe(bodies.length);
    for (const body of bodies) {
      expect(body.name.en.trim(), body.id).not.toBe('');
      expect(body.name.es.trim(), body.id).not.toBe('');
      if (body.note !== null) expect(body.note.es.trim(), body.id).not.toBe('');
      if (body.verified) {
        expect(body.article, body.id).toMatch(/^Art\. \d+\.\d+/);
      } else {
        // Unverified provisions are not cited; the note says what is known.
        expect(body.article, body.id).toBeNull();
        expect(body.note?.en, body.id).toBeTruthy();
      }
    }
  });

  it.each(AGREEMENT_IDS)('%s: lists the required bodies', (id) => {
    const ids = agreementInfo(id).bodies.map((b) => b.id);
    expect(ids).toEqual(expect.arrayContaining([...REQUIRED_BODIES[id]]));
  });

  it.each(AGREEMENT_IDS)('%s: cited articles fall in the chapter the agreement gives them', (id) => {
    const { chapters } = agreementInfo(id);
    expect(chapterOf(bodyArticle(id, 'ftc') ?? '')).toBe(chapters.administration);
    expect(chapterOf(bodyArticle(id, 'fta-coordinators') ?? '')).toBe(chapters.administration);
    expect(chapterOf(bodyArticle(id, 'tcb-committee') ?? '')).toBe(chapters.administration);
    expect(chapterOf(bodyArticle(id, 'roster') ?? '')).toBe(chapters.disputeSettlement);
    expect(chapterOf(bodyArticle(id, 'labor-affairs-council') ?? '')).toBe(chapters.labor);
    expect(chapterOf(bodyArticle(id, 'environmental-affairs-council') ?? '')).toBe(chapters.environment);
    expect(chapterOf(bodyArticle(id, 'environment-submissions-secretariat') ?? '')).toBe(chapters.environment);
  });

  it('marks the PTPA Forest Sub-Committee provision as unverified (domain-facts §11)', () => {
    const forest = agreementInfo('us-peru-tpa').bodies.find((b) => b.id === 'forest-sub-committee');
    expect(forest).toMatchObject({ article: null, verified: false });
    expect(agreementInfo('us-colombia-tpa').bodies.some((b) => b.id === 'forest-sub-committee')).toBe(false);
    expect(agreementInfo('cafta-dr').bodies.some((b) => b.id === 'forest-sub-committee')).toBe(false);
  });
});
