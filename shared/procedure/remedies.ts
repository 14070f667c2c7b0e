// Which remedy rules apply after the final report, from the provisions
// claimed and what the panel found on each (issue 5 §4): CAFTA-DR Art. 20.17
// for a breach of Art. 16.2.1(a) or 17.2.1(a) (Art. 20.16.9 then excludes
// Art. 20.16 for that matter), Art. 20.16 / 21.16 for any other breach.
import type { AgreementId } from '../domain/agreements';
import type { Claim } from '../cases/domain';

/** The labor and environmental enforcement obligations of CAFTA-DR Art. 20.17.1. */
export const ENFORCEMENT_PROVISIONS = ['16.2.1(a)', '17.2.1(a)'] as const;

/**
 * "Art. 16.2.1 (a)", "article 16.2.1(A)", "Artículo 16.2.1 a)", "16.2.1.a"
 * and "16.2.1(a)" are one provision: written "16.2.1a" once normalized.
 */
export function normalizeProvision(provision: string): string {
  return provision
    .trim()
    .toLowerCase()
    .replace(/^(art(ículo|iculo|icle)?\.?)\s*/u, '')
    .replace(/[\s()]+/gu, '')
    .replace(/\.(\p{L})$/u, '$1');
}

export function isEnforcementProvision(provision: string): boolean {
  const normalized = normalizeProvision(provision);
  return ENFORCEMENT_PROVISIONS.some((code) => normalizeProvision(code) === normalized);
}

export type RemedyFacts = Readonly<{
  /** A finding is recorded for at least one claim. */
  findingsRecorded: boolean;
  /** CAFTA-DR only: the panel found a breach of Art. 16.2.1(a) or 17.2.1(a). */
  enforcementBreach: boolean;
  /** The panel found a breach to which Art. 20.16 / 21.16 applies. */
  otherBreach: boolean;
}>;

export function remedyFacts(agreement: AgreementId, claims: readonly Claim[]): RemedyFacts {
  const decided = claims.filter((claim) => claim.finding !== 'pending');
  const breaches = decided.filter((claim) => claim.finding === 'non_conformity');
  // The TPAs have no Art. 20.17: every breach goes to Art. 21.16.
  const special = (claim: Claim) => agreement === 'cafta-dr' && isEnforcementProvision(claim.provision);
  return {
    findingsRecorded: decided.length > 0,
    enforcementBreach: breaches.some(special),
    otherBreach: breaches.some((claim) => !special(claim)),
  };
}
