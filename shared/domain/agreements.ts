// The three agreements and their parties. Ids and party codes are part of the
// API contract (issue 2, section 2), so they live here as closed unions.

export const AGREEMENT_IDS = ['cafta-dr', 'us-colombia-tpa', 'us-peru-tpa'] as const;
export type AgreementId = (typeof AGREEMENT_IDS)[number];

// ISO 3166-1 alpha-3.
export const PARTY_CODES = ['USA', 'CRI', 'DOM', 'SLV', 'GTM', 'HND', 'NIC', 'COL', 'PER'] as const;
export type PartyCode = (typeof PARTY_CODES)[number];

export const AGREEMENT_PARTIES: Readonly<Record<AgreementId, readonly PartyCode[]>> = {
  'cafta-dr': ['USA', 'CRI', 'DOM', 'SLV', 'GTM', 'HND', 'NIC'],
  'us-colombia-tpa': ['USA', 'COL'],
  'us-peru-tpa': ['USA', 'PER'],
};
