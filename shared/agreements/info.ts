import type { AgreementId, PartyCode } from '../domain/agreements';
import type { Localized } from '../domain/limits';

/** A treaty body (commission, committee, council, secretariat) and the article establishing it. */
export type TreatyBody = Readonly<{
  id: string;
  name: Localized;
  /** e.g. "Art. 19.1"; null where the establishing provision is unverified. */
  article: string | null;
  /** False where domain-facts marks the fact [U]; the UI shows it as unverified. */
  verified: boolean;
  note: Localized | null;
}>;

export type AgreementParty = Readonly<{
  code: PartyCode;
  /** Entry into force for this party (YYYY-MM-DD), or null where not applicable. */
  entryIntoForce: string | null;
  /** Why entryIntoForce is null or needs reading with care (e.g. CAFTA-DR's staggered dates). */
  note?: Localized;
}>;

export type AgreementInfo = Readonly<{
  id: AgreementId;
  shortName: Localized;
  name: Localized;
  signedOn: string;
  /** Short prefix of generated case references, e.g. "CAFTA-DR". */
  referencePrefix: string;
  parties: readonly AgreementParty[];
  chapters: Readonly<{
    administration: string;
    disputeSettlement: string;
    labor: string;
    environment: string;
  }>;
  bodies: readonly TreatyBody[];
}>;
